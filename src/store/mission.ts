/**
 * A mission's record from the store: the timeline of its resolutions, the mandate in force,
 * and the reports the Secretary-General owes it, each received, due or overdue.
 */
import { sql } from 'drizzle-orm';
import { InputError } from '../errors.js';
import type { Ceiling, MandateFacts } from '../facts/types.js';
import { SECRETARY_GENERAL } from '../lang/secretary-general.js';
import type { Language } from '../model.js';
import { queryRows, type StoreDatabase } from './db.js';
import { missionFilter } from './search.js';

export interface MissionResolution {
  symbol: string;
  date: string | null;
  expires: string | null;
  ceilings: { component: Ceiling['component']; max: number }[];
  tasks: number;
}

export interface CeilingInForce {
  component: Ceiling['component'];
  max: number;
  /** the resolution that stated it */
  setBy: string;
}

export type DueStatus = 'received' | 'due' | 'overdue';

export interface DueReport {
  /** the resolution that asked for the report */
  resolution: string;
  /** paragraph of the request */
  paragraph: string;
  what: string;
  due: string;
  status: DueStatus;
  /** the report received for this due date */
  report?: { symbol: string | null; date: string };
}

export interface MissionRecord {
  mission: { name: string | null; acronym: string | null };
  resolutions: MissionResolution[];
  /**
   * the latest renewal (a resolution with an expiry) adopted by `today`, and whether its mandate still runs. A technical
   * rollover restates no ceiling and lists no task: each component's ceiling is the latest stated up to it (`setBy`),
   * and the tasks those of the latest resolution up to it that lists any (`tasksFrom`).
   */
  current: (Omit<MissionResolution, 'ceilings'> & { inForce: boolean | null; ceilings: CeilingInForce[]; tasksFrom: string | null }) | null;
  calendar: DueReport[];
  today: string;
}

interface Row {
  symbol: string;
  date: string | null;
  language: Language;
  facts: MandateFacts;
}

/** Resolutions whose facts name the mission: one per symbol (latest version, English preferred), by date. */
async function missionResolutions(db: StoreDatabase, name: string): Promise<Row[]> {
  const rows = await queryRows<Row>(db, sql`
    SELECT DISTINCT ON (d.symbol) d.symbol, d.date::text AS date, d.language, f.facts
    FROM documents d JOIN facts f ON f.document_id = d.id
    WHERE d.kind = 'resolution' AND d.symbol IS NOT NULL AND ${missionFilter(name)}
    ORDER BY d.symbol, (d.language = 'en') DESC, d.version DESC`);
  return rows.sort((a, b) => (a.date ?? '').localeCompare(b.date ?? '') || a.symbol.localeCompare(b.symbol));
}

/** Reports of the Secretary-General that answer the request of one of `symbols`, one per symbol and date. */
async function reportsAnswering(db: StoreDatabase, symbols: string[]): Promise<Map<string, { symbol: string | null; date: string }[]>> {
  const reports = new Map<string, { symbol: string | null; date: string }[]>();
  if (symbols.length === 0) return reports;
  const rows = await queryRows<{ resolution: string; symbol: string | null; date: string }>(db, sql`
    SELECT DISTINCT l.to_symbol AS resolution, d.symbol, d.date::text AS date
    FROM links l JOIN documents d ON d.id = l.from_document
    WHERE l.kind = 'answers-request-of' AND d.kind = 'sg-report' AND d.date IS NOT NULL
      AND l.to_symbol IN (${sql.join(symbols.map((s) => sql`${s}`), sql`, `)})
    ORDER BY 3, 2`);
  for (const row of rows) {
    const list = reports.get(row.resolution) ?? [];
    if (!list.some((r) => r.symbol === row.symbol)) list.push({ symbol: row.symbol, date: row.date });
    reports.set(row.resolution, list);
  }
  return reports;
}

function secretaryGeneralReporting(resolution: Row) {
  return resolution.facts.reporting.filter((o) => SECRETARY_GENERAL[resolution.language].test(o.by));
}

/**
 * Due dates of one resolution's reports by the Secretary-General, each matched to a report:
 * received when a report answering the resolution is dated after the previous due date (each report counts once);
 * otherwise due until the date passes, then overdue. Due dates from `supersededFrom` on (the next resolution asking for reports) are left out.
 */
export function reportingCalendar(
  resolution: Row, reports: { symbol: string | null; date: string }[], today: string, supersededFrom: string | null,
): DueReport[] {
  const calendar: DueReport[] = [];
  const used = new Set<number>();
  for (const obligation of secretaryGeneralReporting(resolution)) {
    let previous = resolution.date ?? '';
    for (const due of [...obligation.due].sort()) {
      if (supersededFrom && due >= supersededFrom) break;
      const index = reports.findIndex((r, i) => !used.has(i) && r.date > previous);
      const entry: DueReport = { resolution: resolution.symbol, paragraph: obligation.paragraph, what: obligation.what, due, status: due < today ? 'overdue' : 'due' };
      if (index >= 0) {
        used.add(index);
        entry.status = 'received';
        entry.report = reports[index];
      }
      calendar.push(entry);
      previous = due;
    }
  }
  return calendar.sort((a, b) => a.due.localeCompare(b.due));
}

export async function missionRecord(db: StoreDatabase, name: string, today: string): Promise<MissionRecord> {
  if (name.trim() === '') throw new InputError('give the name or acronym of a mission: mandate mission MINUSMA');
  const stored = await missionResolutions(db, name);
  if (stored.length === 0) throw new InputError(`no stored resolution is about a mission named "${name}": ingest its resolutions first`);
  // The record as of `today`: resolutions adopted later do not exist yet.
  const rows = stored.filter((row) => !row.date || row.date <= today);
  const resolutions: MissionResolution[] = rows.map((row) => ({
    symbol: row.symbol,
    date: row.date,
    expires: row.facts.expires,
    ceilings: row.facts.ceilings.map(({ component, max }) => ({ component, max })),
    tasks: row.facts.tasks.length,
  }));
  // The mandate in force is set by the latest renewal (a resolution with an expiry), not by a resolution that only mentions the mission.
  const newestFirst = [...resolutions].reverse();
  const latest = newestFirst.find((r) => r.expires) ?? newestFirst[0];
  const upToLatest = newestFirst.slice(newestFirst.indexOf(latest));
  const ceilings = new Map<Ceiling['component'], CeilingInForce>();
  for (const resolution of upToLatest) {
    for (const { component, max } of resolution.ceilings) if (!ceilings.has(component)) ceilings.set(component, { component, max, setBy: resolution.symbol });
  }
  const tasksFrom = upToLatest.find((r) => r.tasks > 0);
  const reports = await reportsAnswering(db, rows.map((r) => r.symbol));
  // A resolution's due dates run until the next resolution that asks the Secretary-General for reports itself.
  const asksForReports = rows.map((row) => secretaryGeneralReporting(row).some((o) => o.due.length > 0));
  const calendar = rows.flatMap((row, i) => {
    const next = rows.slice(i + 1).find((_, j) => asksForReports[i + 1 + j]);
    return reportingCalendar(row, reports.get(row.symbol) ?? [], today, next?.date ?? null);
  });
  const named = [...rows].reverse().find((r) => r.facts.mission)?.facts.mission;
  return {
    mission: { name: named?.name ?? null, acronym: named?.acronym ?? null },
    resolutions,
    current: latest
      ? {
          ...latest,
          ceilings: [...ceilings.values()],
          tasks: tasksFrom?.tasks ?? 0,
          inForce: latest.expires ? latest.expires >= today : null,
          tasksFrom: tasksFrom?.symbol ?? null,
        }
      : null,
    calendar: calendar.sort((a, b) => a.due.localeCompare(b.due)),
    today,
  };
}

export interface MissionListing {
  /** the key the facts store the mission under (acronym, else name) */
  mission: string;
  name: string | null;
  acronym: string | null;
  resolutions: number;
  first: string | null;
  latest: string | null;
}

/** Every mission the stored resolutions' facts name, with how many resolutions and the span of their dates. */
export async function listMissions(db: StoreDatabase): Promise<MissionListing[]> {
  const rows = await queryRows<MissionListing & { resolutions: string | number }>(db, sql`
    SELECT f.mission,
           (array_agg(f.facts->'mission'->>'name' ORDER BY d.date DESC NULLS LAST))[1] AS name,
           (array_agg(f.facts->'mission'->>'acronym' ORDER BY d.date DESC NULLS LAST))[1] AS acronym,
           count(DISTINCT d.symbol) AS resolutions, min(d.date)::text AS first, max(d.date)::text AS latest
    FROM facts f JOIN documents d ON d.id = f.document_id
    WHERE d.kind = 'resolution' AND f.mission IS NOT NULL
    GROUP BY f.mission ORDER BY f.mission`);
  return rows.map((row) => ({ ...row, resolutions: Number(row.resolutions) }));
}

export interface MissionOverview {
  summary: MissionListing;
  /** the next report due (or the last overdue), as of today */
  next: DueReport | null;
  overdue: number;
  received: number;
  expires: string | null;
  inForce: boolean | null;
}

/** Every mission with its mandate's expiry and where its reports stand, as of `today`. */
export async function missionOverviews(db: StoreDatabase, today: string): Promise<MissionOverview[]> {
  const overviews: MissionOverview[] = [];
  for (const summary of await listMissions(db)) {
    const record = await missionRecord(db, summary.mission, today);
    const pending = record.calendar.filter((due) => due.status !== 'received');
    overviews.push({
      summary,
      next: pending.find((due) => due.status === 'due') ?? pending.at(-1) ?? null,
      overdue: pending.filter((due) => due.status === 'overdue').length,
      received: record.calendar.length - pending.length,
      expires: record.current?.expires ?? null,
      inForce: record.current?.inForce ?? null,
    });
  }
  return overviews;
}
