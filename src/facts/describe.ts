/** Reporting schedules in words, for every view that shows them (web pages, comparisons). */
import { formatDate } from '../lang/cover.js';
import type { ReportSchedule } from './types.js';

const period = (p: { months?: number; days?: number }) =>
  [p.months ? `${p.months} month${p.months === 1 ? '' : 's'}` : '', p.days ? `${p.days} day${p.days === 1 ? '' : 's'}` : ''].filter(Boolean).join(' ');

/** A schedule of a resolution without an adoption date counts from an empty date: the adoption, unnamed. */
const date = (iso: string) => (iso ? formatDate(iso, 'en') : 'the adoption');

/** "every 3 months from 29 June 2017", "by 31 March 2021", "with the reports of paragraph op16". */
export function describeSchedule(schedule: ReportSchedule): string {
  switch (schedule.type) {
    case 'periodic':
      return `every ${period(schedule.every)} from ${date(schedule.from)}${schedule.until ? ` until ${date(schedule.until)}` : ''}`;
    case 'relative':
      return `within ${period(schedule.within)} of ${date(schedule.from)}`;
    case 'fixed':
      return `by ${date(schedule.date)}`;
    case 'event':
      // "to keep the Council informed", with no occasion named
      return schedule.condition || 'as developments require';
    case 'aligned':
      // "in his regular reports" when this resolution sets none: the addressee's reports, wherever they are set
      return schedule.with ? `with the reports of paragraph ${schedule.with}` : 'in the regular reports';
    case 'unscheduled':
      return 'no date set';
  }
}
