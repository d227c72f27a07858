/**
 * A press summary's figures (expiry, personnel ceilings) checked against the resolution it summarises
 * (src/facts/summary.ts): each figure with ✓ when the resolution says the same, ✗ and what the resolution says when not.
 */
import type { FigureCheck, SummaryCheck } from '../facts/summary.js';
import type { LinkView } from '../store/queries.js';
import type { Annotation } from './annotate.js';
import { documentHref, escapeHtml, formatDate, formatNumber, storedHref } from './html.js';

/** The figures check a link carries: a summary's link to its resolution, when the resolution's facts were stored. */
export const figuresOf = (link: LinkView): SummaryCheck | undefined => ('figures' in link.evidence ? link.evidence.figures : undefined);

const isExpiry = (check: FigureCheck) => check.figure === 'expires';

const valueText = (check: FigureCheck, value: string | number) => (isExpiry(check) ? formatDate(String(value)) : formatNumber(Number(value)));

/** The summary's figure in words: "expires 30 June 2018", "up to 13,289 military personnel". */
export function figureText(check: FigureCheck): string {
  return isExpiry(check) ? `expires ${valueText(check, check.summary)}` : `up to ${valueText(check, check.summary)} ${check.figure} personnel`;
}

/** What the resolution says of it: agreement, its own figure, or that it states none. */
export function verdictText(check: FigureCheck): string {
  if (check.agrees) return 'agrees with the resolution';
  if (check.resolution === null) return isExpiry(check) ? 'the resolution states no expiry' : `the resolution sets no ${check.figure} ceiling`;
  return `the resolution says ${valueText(check, check.resolution)}`;
}

/**
 * The checked figures as a list, each linked to the summary's words and, when they differ, to the resolution's.
 * `summary` is the summary's stored version, `resolution` the symbol of the resolution; '' when nothing was checked.
 */
export function figuresList(figures: SummaryCheck, summary: { id: number; symbol: string | null }, resolution: string | null): string {
  if (figures.checks.length === 0) return '';
  const items = figures.checks.map((check) => {
    const words = `<a href="${escapeHtml(storedHref(summary, check.source.paragraph))}">${escapeHtml(figureText(check))}</a>`;
    if (check.agrees) return `<li class="figure figure-agrees">${words} <span class="check" title="${escapeHtml(verdictText(check))}">✓</span></li>`;
    const said = check.resolutionSource && resolution
      ? `<a href="${escapeHtml(documentHref(resolution, check.resolutionSource.paragraph))}">${escapeHtml(verdictText(check))}</a>`
      : escapeHtml(verdictText(check));
    return `<li class="figure figure-differs">${words} <span class="check" title="differs from the resolution">✗</span> ${said}</li>`;
  });
  const count = figures.checks.length;
  const outcome = figures.mismatches === 0
    ? (count === 1 ? 'agrees' : `all ${count} agree`)
    : `${figures.mismatches} of ${count} differ${figures.mismatches === 1 ? 's' : ''}`;
  return `<div class="figures-check"><p>The summary's figures against the resolution: ${outcome}.</p><ul class="figures">${items.join('')}</ul></div>`;
}

/** Marks over the summary's words that state each figure, titled with the check's outcome. */
export function figureMarks(figures: SummaryCheck[]): Map<string, Annotation[]> {
  const marks = new Map<string, Annotation[]>();
  for (const check of figures.flatMap((f) => f.checks)) {
    const list = marks.get(check.source.paragraph) ?? [];
    const kind = check.agrees ? (isExpiry(check) ? 'expiry' : 'ceiling') : 'mismatch';
    list.push({ span: check.source.span, mark: { title: `${figureText(check)}: ${verdictText(check)}`, kind } });
    marks.set(check.source.paragraph, list);
  }
  return marks;
}
