import { findMonthYears } from '../lang/months.js';
import type { Language } from '../model.js';
/**
 * Date arithmetic of the reporting calendar, on ISO dates (YYYY-MM-DD) in UTC.
 * Months are calendar months: a day that does not exist in the target month falls back to its last day
 * (31 August + 1 month = 30 September), as the UN counts "three months after" a date.
 */

/** A length of time as resolutions state it: months, days, or both. */
export interface Period {
  months?: number;
  days?: number;
}

const pad = (n: number) => String(n).padStart(2, '0');

function toIso(date: Date): string {
  return `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
}

function parseIso(iso: string): [number, number, number] {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) throw new Error(`not an ISO date: ${iso}`);
  return [Number(match[1]), Number(match[2]), Number(match[3])];
}

/** `iso` plus `times` × `period`, each multiple counted from `iso` itself so that month ends do not drift. */
export function addPeriod(iso: string, period: Period, times = 1): string {
  const [year, month, day] = parseIso(iso);
  const months = (period.months ?? 0) * times;
  const lastDay = new Date(Date.UTC(year, month - 1 + months + 1, 0)).getUTCDate();
  const shifted = new Date(Date.UTC(year, month - 1 + months, Math.min(day, lastDay)));
  shifted.setUTCDate(shifted.getUTCDate() + (period.days ?? 0) * times);
  return toIso(shifted);
}

/** True when a period has a positive length (guards the periodic loop). */
function isPositive(period: Period): boolean {
  return (period.months ?? 0) > 0 || (period.days ?? 0) > 0;
}

/**
 * Due dates of a periodic obligation: from + every, from + 2·every, … up to and including `until`.
 * `firstDue` (a date the text names: "by 15 March and every 90 days thereafter") is the first due date and the anchor.
 */
export function periodicDueDates(from: string, every: Period, until: string, firstDue?: string): string[] {
  if (!isPositive(every)) return [];
  const anchor = firstDue ?? from;
  const dates = firstDue && firstDue <= until ? [firstDue] : [];
  for (let k = 1; ; k++) {
    const due = addPeriod(anchor, every, k);
    if (due > until) return dates;
    dates.push(due);
  }
}

/** "February 2020", "septembre 2021": a month named with its year, no day. */
export interface FoundMonth {
  /** the month's last day, ISO: a report due "by the end of February 2020" or "in September 2021" is due then */
  lastDay: string;
  span: [number, number];
}

/** Every month-and-year in the text that has no day before it. */
export function findMonths(text: string, lang: Language): FoundMonth[] {
  return findMonthYears(text, lang).map(({ year, month, span }) => {
    const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
    return { lastDay: `${year}-${String(month).padStart(2, '0')}-${String(last).padStart(2, '0')}`, span };
  });
}
