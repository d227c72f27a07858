/**
 * Mandate facts: what a resolution (or draft) decides about a peace operation.
 * This is a stable JSON contract read by other tools (storage, comparison); its core does not change.
 * See docs/facts.md for how each fact is recognised.
 */

/** Where a fact was read: document symbol, paragraph or item id (e.g. "op15", "op20.a.ii"), character span [start,end) in that paragraph's or item's `text`. */
export interface FactSource {
  symbol: string | null; paragraph: string; span: [number, number];
  /** the value is derived from these words, not printed: an end date counted from the adoption date and a stated period, a due date counted back from the expiry */
  computed?: true;
}
export type PersonnelComponent = 'military' | 'police' | 'military-observers' | 'staff-officers' | 'contingent' | 'individual-police' | 'formed-police' | 'civilian';
export interface Ceiling { component: PersonnelComponent; max: number; source: FactSource }
export interface Task { paragraph: string; /* id of the item or paragraph */ num: string; title?: string; text: string; priority: 'priority' | 'other'; source: FactSource }
export interface RequestFact { paragraph: string; actor: string; /* "Security Council" */ verb: string; /* "Requests", "Urges", "Calls upon" */ addressee: string; /* "the Secretary-General", "the Government of Mali" */ action: string; source: FactSource }
export type ReportSchedule =
  | { type: 'periodic'; every: { months?: number; days?: number }; from: string /* ISO date */ ; until?: string }
  | { type: 'relative'; within: { months?: number; days?: number }; from: string }
  | { type: 'fixed'; date: string }
  | { type: 'event'; condition: string }
  | { type: 'aligned'; with: string /* paragraph id */ }
  | { type: 'unscheduled' } /* asked for with no time: "Requests the Secretary-General to report to the Council thereon" */;
export interface ReportingObligation { paragraph: string; by: string; what: string; schedule: ReportSchedule; due: string[]; source: FactSource }
export interface MandateFacts {
  symbol: string | null;
  date: string | null;
  mission: { name: string | null; acronym: string | null; source: FactSource } | null;
  hostCountry: { name: string; source: FactSource } | null;
  expires: string | null;
  chapterVII: boolean;
  forceAuthorized: boolean;
  ceilings: Ceiling[];
  tasks: Task[];
  requests: RequestFact[];
  reporting: ReportingObligation[];
  /** sources of the scalar facts above: expires, chapterVII, forceAuthorized */
  sources: Partial<Record<'expires' | 'chapterVII' | 'forceAuthorized', FactSource>>;
  /** what could not be read, for the user: a language without mandate phrases, no adoption date for due dates */
  warnings?: string[];
}
