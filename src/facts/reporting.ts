import type { UNDocument } from '../model.js';
import { findDates, type FoundDate } from '../lang/months.js';
import { findMonths } from './calendar.js';
import type { MandatePhrases } from '../lang/mandate.js';
import { addPeriod, periodicDueDates, type Period } from './calendar.js';
import { requestClauses, type RequestClause } from './requests.js';
import { periodOf } from './scalars.js';
import type { ReportingObligation, ReportSchedule } from './types.js';
import { COMMAS, SEMICOLONS } from '../lang/punctuation.js';
import { globally, isVerbIn } from './text.js';

/** Nothing but commas and spaces: a condition set off right before a clause's verb governs it. */
const BETWEEN_CLAUSES = new RegExp(`^[\\s${COMMAS}]*$`, 'u');

/** How far ahead periodic due dates run when the resolution sets no end (no mandate expiry, no "until"). */
const HORIZON_WITHOUT_END: Period = { months: 12 };

interface ScheduleFound {
  schedule: ReportSchedule;
  /** a fixed first due date of a periodic schedule ("by 15 March 2021 and every 90 days thereafter") */
  firstDue?: string;
  /** aligned with the first report only ("in his first quarterly report") */
  firstOnly?: boolean;
  /** the date is counted, not printed ("one month before the mandate expires") */
  computed?: boolean;
  /** further dates of a list ("on 15 February 2021, 15 June 2021 and 11 October 2021"): due as well */
  alsoDue?: string[];
}

/** The dates listed right after a due date, joined by commas or "and". */
function listedAfter(first: FoundDate, dates: FoundDate[], action: string, phrases: Partial<MandatePhrases>): string[] {
  const listed: string[] = [];
  let previous = first;
  for (const date of dates.slice(dates.indexOf(first) + 1)) {
    if (!phrases.dateListJoin?.test(action.slice(previous.span[1], date.span[0]))) break;
    listed.push(date.iso);
    previous = date;
  }
  return listed;
}

function periodicPeriod(m: RegExpExecArray, phrases: Partial<MandatePhrases>, doc: UNDocument): Period | null {
  const g = m.groups ?? {};
  if (g.count && g.unit) return periodOf(g.count, g.unit, phrases, doc);
  const named = (g.named ?? g.named2 ?? g.named3)?.toLowerCase();
  return (named && phrases.namedPeriods?.[named]) || null;
}

/** A length and another after it ("45 days …, and … 60 days thereafter"). */
function plus(a: Period, b: Period): Period {
  const months = (a.months ?? 0) + (b.months ?? 0);
  const days = (a.days ?? 0) + (b.days ?? 0);
  return { ...(months ? { months } : {}), ...(days ? { days } : {}) };
}

/**
 * The condition a request is made under, stated in its clause before the action or right before its verb
 * ("…, and, if prohibited items … are found, further requires such Member States to submit … within 30 days").
 */
function conditionOf(request: RequestClause, phrases: Partial<MandatePhrases>): string | null {
  if (!phrases.conditionBefore) return null;
  const { text } = request.unit;
  const clauseStart = request.fact.source.span[0];
  // After the last semicolon before the clause (a pattern anchored at the end would be tried from every position).
  const before = text.slice(0, clauseStart);
  const sentenceStart = Math.max(...Array.from(SEMICOLONS, (semicolon) => before.lastIndexOf(semicolon))) + 1;
  let found: RegExpMatchArray | null = null;
  for (const m of text.slice(sentenceStart, request.actionStart).matchAll(globally(phrases.conditionBefore))) {
    const end = sentenceStart + m.index! + m[0].length;
    if (sentenceStart + m.index! >= clauseStart || BETWEEN_CLAUSES.test(text.slice(end, clauseStart))) found = m;
  }
  return found?.groups?.condition?.trim() ?? null;
}

/** The schedule an action states, first match wins: aligned with a paragraph, periodic, in the regular reports, relative, before the expiry, fixed dates, event. */
function scheduleOf(
  action: string,
  doc: UNDocument,
  phrases: Partial<MandatePhrases>,
  expires: string | null,
  condition: string | null,
): ScheduleFound | null {
  const adoption = doc.date ?? '';
  const aligned = phrases.alignedWithParagraph?.exec(action);
  if (aligned?.groups) return { schedule: { type: 'aligned', with: `op${aligned.groups.paragraph}` } };
  const dates = findDates(action, doc.language);
  // A date before the adoption is when something happened ("the shooting down of a helicopter on 8 October 2001").
  const byDate = dates.find((d) => (!adoption || d.iso >= adoption) && phrases.byBeforeDate?.test(action.slice(0, d.span[0])));
  // "in his first quarterly report" names a report of another schedule; "every three months" sets one.
  const regular = phrases.inRegularReports?.exec(action);
  const periodic = phrases.periodic?.exec(action);
  const insideRegular = regular && periodic && periodic.index >= regular.index && periodic.index < regular.index + regular[0].length;
  const every = periodic && !insideRegular && periodicPeriod(periodic, phrases, doc);
  if (every) {
    const until = dates.find((d) => phrases.untilBeforeDate?.test(action.slice(0, d.span[0])))?.iso ?? expires ?? undefined;
    const thereafter = byDate && phrases.thereafter?.test(action);
    const schedule: ReportSchedule = { type: 'periodic', every, from: thereafter ? byDate.iso : adoption, ...(until ? { until } : {}) };
    return thereafter ? { schedule, firstDue: byDate.iso } : { schedule };
  }
  // "in his regular reports" (a period stated alongside wins: "every three months …, and to include in his reports"):
  // the paragraph is resolved once every obligation is known.
  if (regular) return { schedule: { type: 'aligned', with: '' }, firstOnly: Boolean(regular.groups?.first) };
  const relative = phrases.relative?.exec(action);
  const within = relative?.groups && periodOf(relative.groups.count, relative.groups.unit, phrases, doc);
  if (within) {
    // "within 30 days", its start unsaid, after a condition: it runs from that event, not from the adoption
    if (condition && !relative.groups!.adoption) return { schedule: { type: 'event', condition } };
    const then = phrases.thereafterOffset?.exec(action.slice(relative.index + relative[0].length));
    const more = then?.groups && periodOf(then.groups.count, then.groups.unit, phrases, doc);
    return { schedule: { type: 'relative', within: more ? plus(within, more) : within, from: adoption } };
  }
  const beforeExpiry = phrases.beforeExpiry?.exec(action);
  const ahead = beforeExpiry?.groups?.unit && periodOf(beforeExpiry.groups.count, beforeExpiry.groups.unit, phrases, doc);
  if (ahead && expires) return { schedule: { type: 'fixed', date: addPeriod(expires, ahead, -1) }, computed: true };
  if (byDate) return { schedule: { type: 'fixed', date: byDate.iso }, alsoDue: listedAfter(byDate, dates, action, phrases) };
  // "by the end of February 2020", "no later than September 2021": due at the month's end; a month ended before the
  // adoption is when something happened ("to investigate the deaths in March 2017").
  const byMonth = findMonths(action, doc.language).find(
    (m) => (!adoption || m.lastDay >= adoption) && phrases.byBeforeMonth?.test(action.slice(0, m.span[0])),
  );
  if (byMonth) return { schedule: { type: 'fixed', date: byMonth.lastDay }, computed: true };
  if (expires && phrases.atExpiry?.test(action)) return { schedule: { type: 'fixed', date: expires }, computed: true };
  const event = phrases.event?.exec(action);
  if (event) return { schedule: { type: 'event', condition: (event.groups?.condition ?? '').trim() } };
  return null;
}

function dueDates(found: ScheduleFound): string[] {
  const { schedule } = found;
  switch (schedule.type) {
    case 'periodic':
      if (!schedule.from) return [];
      return periodicDueDates(schedule.from, schedule.every, schedule.until ?? addPeriod(schedule.from, HORIZON_WITHOUT_END), found.firstDue);
    case 'relative':
      return schedule.from ? [addPeriod(schedule.from, schedule.within)] : [];
    case 'fixed':
      return [schedule.date, ...(found.alsoDue ?? [])];
    default:
      return [];
  }
}

/** What is delivered: a letter, a briefing, a named plan or roadmap, information (keeping informed), or a report. */
function deliverable(action: string, schedule: ReportSchedule, phrases: Partial<MandatePhrases>): string {
  if (phrases.letter?.test(action)) return 'letter';
  const named = phrases.deliverable?.exec(action)?.groups?.what;
  if (named && !phrases.report?.test(action.slice(0, action.indexOf(named)))) return named;
  if (schedule.type === 'event') return 'information';
  if (phrases.briefing?.test(action) && !phrases.report?.test(action)) return 'briefing';
  return 'report';
}

/** A report requested with no time at all ("Requests the Secretary-General to report to the Council thereon"): still owed. */
function unscheduled(request: RequestClause, action: string, phrases: Partial<MandatePhrases>): ScheduleFound | null {
  const owed = phrases.unscheduledReport;
  return owed && isVerbIn(request.fact.verb, owed.verbs) && owed.action.test(action) ? { schedule: { type: 'unscheduled' } } : null;
}

interface Obligation {
  obligation: ReportingObligation;
  found: ScheduleFound;
}

/** A request is a reporting obligation when its action reports (or delivers a named plan) on a schedule. */
function obligationOf(
  request: RequestClause,
  action: string,
  doc: UNDocument,
  phrases: Partial<MandatePhrases>,
  expires: string | null,
  condition: string | null,
  lead?: string,
): Obligation | null {
  const found =
    scheduleOf(action, doc, phrases, expires, condition) ??
    // "requests the Secretary-General, in his next report due on 31 October 2002, to include …": the time stands before the action
    (lead ? scheduleOf(lead, doc, phrases, expires, null) : null) ??
    unscheduled(request, action, phrases);
  if (!found) return null;
  const reports = phrases.reportingAction?.test(action) || phrases.letter?.test(action);
  const delivers = phrases.deliverable?.test(action) && found.schedule.type !== 'event';
  if (!reports && !delivers) return null;
  const obligation: ReportingObligation = {
    paragraph: request.fact.paragraph,
    by: request.fact.addressee,
    what: deliverable(action, found.schedule, phrases),
    schedule: found.schedule,
    due: dueDates(found),
    source: found.computed ? { ...request.fact.source, computed: true } : request.fact.source,
  };
  return { obligation, found };
}

/** An obligation with dates of its own: not one that waits on an event or follows other reports. */
const UNDATED: ReadonlySet<ReportSchedule['type']> = new Set(['event', 'aligned', 'unscheduled']);
const isDated = (read: Obligation | null): read is Obligation => read !== null && !UNDATED.has(read.found.schedule.type);

/**
 * The obligations of a request. A request may join actions ("to provide an interim report no later than 12 August 2020,
 * and provide a final report by 13 January 2021"): each that reports with dates of its own is an obligation of its own;
 * another goes with its neighbour.
 */
function obligationsOf(request: RequestClause, doc: UNDocument, phrases: Partial<MandatePhrases>, expires: string | null): Obligation[] {
  const { action } = request.fact;
  // the words between the verb and the action: the addressee and any aside, which may state the first action's time
  const lead = request.unit.text.slice(request.fact.source.span[0], request.actionStart);
  const condition = conditionOf(request, phrases);
  const read = (text: string, from: number) => obligationOf(request, text, doc, phrases, expires, condition, from === 0 ? lead : undefined);
  const alone: { start: number; read: Obligation }[] = [];
  let start = 0;
  // where an action ends and the next starts: the language's `nextAction`, and clauses that carry the request on
  const next: [number, number][] = [
    ...[...(phrases.nextAction ? action.matchAll(phrases.nextAction) : [])].map((m): [number, number] => [m.index, m.index + m[0].length]),
    ...(request.joins ?? []),
  ].sort((a, b) => a[0] - b[0]);
  for (const [end, after] of next) {
    if (end < start) continue;
    const part = read(action.slice(start, end), start);
    if (!isDated(part)) continue;
    alone.push({ start, read: part });
    start = after;
  }
  let rest = read(action.slice(start), start);
  // What follows the last action that stands alone, and does not itself, goes with it.
  if (alone.length > 0 && !isDated(rest)) {
    const last = alone.pop()!.start;
    rest = read(action.slice(last), last);
  }
  return [...alone.map((part) => part.read), ...(rest ? [rest] : [])];
}

/**
 * Reporting obligations: requests whose action reports to the Council on a schedule, with due dates counted from the
 * adoption date (periodic ones until the mandate expires). Aligned obligations take the due dates of what they align with:
 * the paragraph they cite, or for "in his regular reports" the addressee's periodic reports in this resolution.
 */
export function findReporting(doc: UNDocument, phrases: Partial<MandatePhrases>, expires: string | null): ReportingObligation[] {
  // Decisions that bind someone to report ("Decides that the Panel shall provide … a final report") count as requests.
  const read = requestClauses(doc, phrases, undefined, { decisions: true }).flatMap((request) => obligationsOf(request, doc, phrases, expires));
  const obligations = read.map((r) => r.obligation);
  for (const { obligation, found } of read) {
    if (obligation.schedule.type !== 'aligned') continue;
    const schedule = obligation.schedule;
    const target = schedule.with
      ? obligations.find((o) => o.paragraph === schedule.with && o.schedule.type !== 'aligned')
      : obligations.find((o) => o.by === obligation.by && o.schedule.type === 'periodic');
    if (!target) continue;
    schedule.with = target.paragraph;
    obligation.due = found.firstOnly ? target.due.slice(0, 1) : [...target.due];
  }
  return obligations;
}
