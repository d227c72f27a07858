import type { Ceiling, PersonnelComponent } from '../facts/types.js';
import { COMPONENT_WORDS, DEPLOYED_STRENGTH_PATTERNS } from '../lang/tables.js';
import { parseNumber } from '../lang/numbers.js';
import type { Language, UNDocument } from '../model.js';
import type { Headcount, StrengthTable } from './strength.js';

/** The components a strength table counts, and the column group that holds each. */
const TABLE_COMPONENTS = { military: 'military', police: 'totalPolice' } as const satisfies Partial<Record<PersonnelComponent, keyof StrengthTable['rows'][number]>>;
type TableComponent = keyof typeof TABLE_COMPONENTS;

export interface ComponentDeployment {
  component: TableComponent;
  /** the Total row of the strength table */
  deployed: Headcount;
  ceiling: Ceiling | null;
  /** deployed as a percentage of the ceiling, one decimal */
  percentOfCeiling: number | null;
  /** women as a percentage of those deployed, one decimal */
  womenPercent: number | null;
}

/** A figure of deployed strength stated in a report's paragraph, and how it compares with the annexed table. */
export interface StatedDeployment {
  component: TableComponent;
  deployed: number;
  /** the percentage of authorized strength the report states */
  percent: number;
  /** id of the paragraph ("p44") and the span of the statement in its text */
  paragraph: string;
  span: [number, number];
  text: string;
  /** what the table gives for the same component */
  table: number | null;
  agrees: boolean;
  /** why it does not agree, when it does not */
  difference?: string;
}

export interface DeploymentReport {
  asAt: string | null;
  components: ComponentDeployment[];
  stated: StatedDeployment[];
}

const percent = (part: number, whole: number) => Math.round((part / whole) * 1000) / 10;

/** Deployed strength per component against the authorized ceilings, and the share of women. */
export function deploymentAgainstCeilings(table: StrengthTable, ceilings: Ceiling[]): ComponentDeployment[] {
  if (!table.total) return [];
  const components: ComponentDeployment[] = [];
  for (const [component, group] of Object.entries(TABLE_COMPONENTS) as [TableComponent, (typeof TABLE_COMPONENTS)[TableComponent]][]) {
    const deployed = table.total[group];
    if (!deployed) continue;
    const ceiling = ceilings.find((c) => c.component === component) ?? null;
    components.push({
      component,
      deployed,
      ceiling,
      percentOfCeiling: ceiling && ceiling.max > 0 ? percent(deployed.total, ceiling.max) : null,
      womenPercent: deployed.total > 0 ? percent(deployed.women, deployed.total) : null,
    });
  }
  return components;
}

/**
 * Figures of deployed strength stated in the report's paragraphs ("1,502 personnel had been deployed, or 78 per cent
 * of its authorized strength"), each checked against the table: the count, and the percentage against the ceiling.
 * The component is the one named last before the figure in the paragraph.
 */
export function statedDeployments(doc: UNDocument, table: StrengthTable, ceilings: Ceiling[]): StatedDeployment[] {
  const language: Language = doc.language;
  const patterns = DEPLOYED_STRENGTH_PATTERNS[language] ?? [];
  const componentWords = COMPONENT_WORDS[language];
  if (!patterns.length || !componentWords) return [];
  const number = String.raw`\d{1,3}(?:[,\u00a0\u202f ]\d{3})+|\d+`;
  const stated: StatedDeployment[] = [];
  for (const node of doc.body) {
    if (node.type !== 'paragraph') continue;
    for (const source of patterns) {
      for (const m of node.text.matchAll(new RegExp(source.replaceAll('NUMBER', number), 'giu'))) {
        const component = lastComponentBefore(node.text, m.index, componentWords);
        if (!component) continue;
        const deployed = parseNumber(m.groups!.deployed, language) ?? 0;
        const statedPercent = Number(m.groups!.percent.replace(',', '.'));
        const fromTable = table.total?.[TABLE_COMPONENTS[component]]?.total ?? null;
        const ceiling = ceilings.find((c) => c.component === component);
        const differences: string[] = [];
        if (fromTable === null) differences.push('the table gives no total for this component');
        else if (fromTable !== deployed) differences.push(`the table gives ${fromTable}${table.asAt ? ` as at ${table.asAt}` : ''}`);
        if (ceiling) {
          const computed = percent(deployed, ceiling.max);
          if (Math.abs(computed - statedPercent) >= 1) differences.push(`${deployed} of ${ceiling.max} is ${computed} per cent`);
        }
        stated.push({
          component,
          deployed,
          percent: statedPercent,
          paragraph: node.id,
          span: [m.index, m.index + m[0].length],
          text: m[0],
          table: fromTable,
          agrees: differences.length === 0,
          ...(differences.length ? { difference: differences.join('; ') } : {}),
        });
      }
    }
  }
  return stated;
}

function lastComponentBefore(text: string, at: number, words: { military: RegExp; police: RegExp }): TableComponent | null {
  const before = text.slice(0, at);
  const last = (pattern: RegExp) => Math.max(-1, ...[...before.matchAll(new RegExp(pattern.source, pattern.flags))].map((m) => m.index));
  const [military, police] = [last(words.military), last(words.police)];
  if (military < 0 && police < 0) return null;
  return military > police ? 'military' : 'police';
}

/** The deployment section of a report: table against ceilings, and the report's own figures checked against the table. */
export function deploymentReport(doc: UNDocument, table: StrengthTable, ceilings: Ceiling[]): DeploymentReport {
  return { asAt: table.asAt, components: deploymentAgainstCeilings(table, ceilings), stated: statedDeployments(doc, table, ceilings) };
}
