/**
 * Mandate-level comparison of two resolutions of the same mission, from their mandate facts:
 * expiry, Chapter VII, use of force, ceilings, tasks and reporting obligations, each linked to its paragraphs.
 */
import type { Language } from '../model.js';
import type { Ceiling, FactSource, MandateFacts, PersonnelComponent, ReportingObligation, ReportSchedule, Task } from '../facts/types.js';
import { align, bagOf } from './align.js';
import { redline } from './redline.js';
import { exactKey, tokenize, wordBag } from './tokens.js';
import type { Change, Pair } from './types.js';

export interface ValueChange<T> {
  left: T;
  right: T;
  changed: boolean;
  leftSource?: FactSource;
  rightSource?: FactSource;
}

export interface CeilingChange {
  component: PersonnelComponent;
  left: number | null;
  right: number | null;
  /** `not-restated`: the later resolution does not state this component's ceiling, so the earlier one stands */
  change: 'unchanged' | 'raised' | 'lowered' | 'added' | 'not-restated';
  leftSource?: FactSource;
  rightSource?: FactSource;
}

export interface TaskRef { paragraph: string; num: string; title?: string; text: string; priority: Task['priority']; source: FactSource }
export interface TaskChange {
  /** `not-restated`: the later resolution lists no task at all (a technical rollover), so the task stands */
  change: 'unchanged' | 'reworded' | 'added' | 'dropped' | 'not-restated';
  left?: TaskRef;
  right?: TaskRef;
}

export interface ReportingRef { paragraph: string; by: string; what: string; schedule: ReportSchedule; due: string[]; source: FactSource }
export interface ReportingChange {
  change: 'unchanged' | 'rescheduled' | 'reworded' | 'added' | 'dropped';
  left?: ReportingRef;
  right?: ReportingRef;
}

export interface MandateComparison {
  mission: ValueChange<string | null>;
  expires: ValueChange<string | null>;
  chapterVII: ValueChange<boolean>;
  forceAuthorized: ValueChange<boolean>;
  ceilings: CeilingChange[];
  tasks: TaskChange[];
  reporting: ReportingChange[];
}

/** What the document comparison found, for the facts to follow. */
export interface DocumentAlignment {
  /** left paragraph or item id → the right ids aligned with it */
  ids: Map<string, string[]>;
  pairs: Pair[];
}

export function compareMandates(left: MandateFacts, right: MandateFacts, alignment: DocumentAlignment, language: Language = 'en'): MandateComparison {
  const correspondence = alignment.ids;
  // numbers of renumbered references, which a reworded fact does not count as a change
  const renumberings = new Set(alignment.pairs.flatMap((p) => p.changes.filter((c) => c.class === 'renumbering').map((c) => `${c.left}\u0000${c.right}`)));
  const reworded = (a: string, b: string) => substantiveChanges(a, b, language).some((c) => !renumberings.has(`${c.left}\u0000${c.right}`));
  const scalar = <K extends 'expires' | 'chapterVII' | 'forceAuthorized'>(key: K): ValueChange<MandateFacts[K]> => ({
    left: left[key],
    right: right[key],
    changed: left[key] !== right[key],
    ...sources(left.sources[key], right.sources[key]),
  });
  const missionName = (facts: MandateFacts) => facts.mission?.acronym ?? facts.mission?.name ?? null;
  return {
    mission: {
      left: missionName(left),
      right: missionName(right),
      changed: missionName(left) !== missionName(right),
      ...sources(left.mission?.source, right.mission?.source),
    },
    expires: scalar('expires'),
    chapterVII: scalar('chapterVII'),
    forceAuthorized: scalar('forceAuthorized'),
    ceilings: compareCeilings(left.ceilings, right.ceilings),
    tasks: pairFacts(left.tasks, right.tasks, correspondence, (t) => [t.title, t.text].filter(Boolean).join(' '), language)
      .map(([l, r]) => ({ change: right.tasks.length ? taskChange(l, r, reworded) : 'not-restated', ...refs(l && taskRef(l), r && taskRef(r)) })),
    reporting: pairFacts(left.reporting, right.reporting, correspondence, (r) => `${r.by} ${r.what}`, language)
      .map(([l, r]) => ({ change: reportingChange(l, r, [left, right], correspondence, reworded), ...refs(l && reportingRef(l), r && reportingRef(r)) })),
  };
}

function sources(left: FactSource | undefined, right: FactSource | undefined): { leftSource?: FactSource; rightSource?: FactSource } {
  return { ...(left ? { leftSource: left } : {}), ...(right ? { rightSource: right } : {}) };
}

function refs<T>(left: T | undefined, right: T | undefined): { left?: T; right?: T } {
  return { ...(left ? { left } : {}), ...(right ? { right } : {}) };
}

function compareCeilings(left: Ceiling[], right: Ceiling[]): CeilingChange[] {
  const components = [...new Set([...left, ...right].map((c) => c.component))];
  return components.map((component) => {
    const l = left.find((c) => c.component === component);
    const r = right.find((c) => c.component === component);
    const change: CeilingChange['change'] = !l ? 'added' : !r ? 'not-restated'
      : r.max > l.max ? 'raised' : r.max < l.max ? 'lowered' : 'unchanged';
    return { component, left: l?.max ?? null, right: r?.max ?? null, change, ...sources(l?.source, r?.source) };
  });
}

/**
 * Pairs facts of both sides: first those whose paragraphs the document alignment paired,
 * then the rest by their text (identical, then similar). Unpaired facts come back with one side only.
 */
function pairFacts<T extends { paragraph: string }>(
  left: T[], right: T[], correspondence: Map<string, string[]>, textOf: (fact: T) => string, language: Language,
): [T | undefined, T | undefined][] {
  const pairs: [T | undefined, T | undefined][] = [];
  const openLeft: T[] = [];
  const usedRight = new Set<T>();
  for (const fact of left) {
    const targets = correspondence.get(fact.paragraph) ?? [];
    const partner = right.find((r) => !usedRight.has(r) && targets.includes(r.paragraph));
    if (partner) { usedRight.add(partner); pairs.push([fact, partner]); } else openLeft.push(fact);
  }
  const openRight = right.filter((r) => !usedRight.has(r));
  const unitOf = (fact: T) => {
    const tokens = tokenize(textOf(fact));
    const words = wordBag(tokens, language);
    return { key: exactKey(tokens), bag: bagOf(words), size: words.length };
  };
  const alignment = align(openLeft.map(unitOf), openRight.map(unitOf));
  for (const match of alignment.matches) {
    if (match.left.length === 1 && match.right.length === 1) pairs.push([openLeft[match.left[0]!], openRight[match.right[0]!]]);
    else { match.left.forEach((i) => pairs.push([openLeft[i], undefined])); match.right.forEach((j) => pairs.push([undefined, openRight[j]])); }
  }
  alignment.deleted.forEach((i) => pairs.push([openLeft[i], undefined]));
  alignment.added.forEach((j) => pairs.push([undefined, openRight[j]]));
  return pairs;
}

function substantiveChanges(left: string, right: string, language: Language): Change[] {
  return redline(tokenize(left), tokenize(right), language).changes.filter((c) => c.class === 'substantive');
}

type Reworded = (left: string, right: string) => boolean;

function taskChange(left: Task | undefined, right: Task | undefined, reworded: Reworded): TaskChange['change'] {
  if (!left) return 'added';
  if (!right) return 'dropped';
  const text = (t: Task) => [t.title, t.text].filter(Boolean).join(' ');
  return reworded(text(left), text(right)) ? 'reworded' : 'unchanged';
}

/**
 * A schedule as a comparable shape: a start that is the document's own date ("after the adoption") is not a change,
 * nor is the new number of the paragraph a schedule is aligned with.
 */
function scheduleShape(schedule: ReportSchedule, facts: MandateFacts, alignedWith: (id: string) => string): string {
  switch (schedule.type) {
    case 'aligned':
      // with no paragraph: the addressee's regular reports, on both sides alike
      return JSON.stringify({ ...schedule, with: schedule.with && alignedWith(schedule.with) });
    case 'periodic':
      return JSON.stringify({
        ...schedule,
        from: schedule.from === facts.date ? undefined : schedule.from,
        until: schedule.until === facts.expires ? undefined : schedule.until, // "until the end of the mandate"
      });
    case 'relative':
      return JSON.stringify({ ...schedule, from: schedule.from === facts.date ? undefined : schedule.from });
    case 'event':
      // the occasion is words: a change of them is a rewording (reportingChange), not a new schedule
      return 'event';
    default:
      return JSON.stringify(schedule);
  }
}

function reportingChange(
  left: ReportingObligation | undefined, right: ReportingObligation | undefined,
  facts: [MandateFacts, MandateFacts], correspondence: Map<string, string[]>, reworded: Reworded,
): ReportingChange['change'] {
  if (!left) return 'added';
  if (!right) return 'dropped';
  // a left paragraph id stands for the right one it was aligned with
  const leftShape = scheduleShape(left.schedule, facts[0], (id) => correspondence.get(id)?.[0] ?? `left:${id}`);
  if (leftShape !== scheduleShape(right.schedule, facts[1], (id) => id)) return 'rescheduled';
  const words = (o: ReportingObligation) => (o.schedule.type === 'event' ? `${o.what} ${o.schedule.condition}` : o.what);
  return reworded(words(left), words(right)) ? 'reworded' : 'unchanged';
}

function taskRef(task: Task): TaskRef {
  return { paragraph: task.paragraph, num: task.num, ...(task.title ? { title: task.title } : {}), text: task.text, priority: task.priority, source: task.source };
}

function reportingRef(obligation: ReportingObligation): ReportingRef {
  return { paragraph: obligation.paragraph, by: obligation.by, what: obligation.what, schedule: obligation.schedule, due: obligation.due, source: obligation.source };
}
