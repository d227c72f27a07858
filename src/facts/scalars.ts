import type { Language, UNDocument } from '../model.js';
import { findDates } from '../lang/months.js';
import { parseNumber } from '../lang/numbers.js';
import type { MandatePhrases } from '../lang/mandate.js';
import { addPeriod, type Period } from './calendar.js';
import type { FactSource, MandateFacts } from './types.js';
import { clauses, globally, isVerbIn, operativeUnits, preambleUnits, sentences, sourceOf, wordPattern } from './text.js';

/**
 * Where a text first names the mission: its acronym, its name, "the Mission", or, with `officials`, one who heads it
 * ("the Special Representative"); -1 for nowhere.
 */
export function missionIndex(
  text: string,
  mission: NonNullable<MandateFacts['mission']>,
  phrases: Partial<MandatePhrases>,
  lang: Language,
  officials = false,
): number {
  const at = [
    mission.acronym ? (wordPattern(mission.acronym, lang).exec(text)?.index ?? -1) : -1,
    mission.name ? text.indexOf(mission.name) : -1,
    phrases.missionReference?.exec(text)?.index ?? -1,
    (officials ? phrases.missionOfficial?.exec(text)?.index : undefined) ?? -1,
  ].filter((i) => i >= 0);
  return at.length ? Math.min(...at) : -1;
}

/** Does the text speak of the mission: its acronym, its name, or "the Mission"? */
export function mentionsMission(text: string, mission: MandateFacts['mission'], phrases: Partial<MandatePhrases>, lang: Language): boolean {
  return mission !== null && missionIndex(text, mission, phrases, lang) >= 0;
}

/** A length of time in words ("twelve months", "one year") as a period, or null; a unit without a count is one ("a month before"). */
export function periodOf(count: string | undefined, unit: string, phrases: Partial<MandatePhrases>, doc: UNDocument): Period | null {
  const n = count === undefined ? 1 : parseNumber(count, doc.language);
  const length = phrases.units?.[unit.toLowerCase()];
  if (!n || !length) return null;
  return { ...(length.months ? { months: length.months * n } : {}), ...(length.days ? { days: length.days * n } : {}) };
}

/**
 * How close after a term's length the words before its end date must stand for the date to be the length's own
 * ("for six months, that is, until …", "por seis meses, es decir, hasta el …"): counted to "until", not to the date,
 * whose length varies by language.
 */
const UNTIL_AFTER_LENGTH = 20;

/** A clause that sets a term: "Decides to extend the mandate of MINUSMA until 30 June 2018". */
export interface TermStatement {
  date: string;
  source: FactSource;
  /** the sentence that sets the term, to tell whose term it is */
  text: string;
  /** the sentence from the verb that sets the term on ("extend its mandate until …") */
  fromVerb: string;
}

/**
 * Clauses that extend, renew or establish a mandate, with the end date after "until" ("ending on");
 * failing a date, the term's length ("for a period of six months") counted from the adoption date, marked `computed`.
 */
export function termStatements(doc: UNDocument, phrases: Partial<MandatePhrases>): TermStatement[] {
  if (!phrases.mandateTerm) return [];
  const found: TermStatement[] = [];
  for (const unit of operativeUnits(doc, false)) {
    for (const sentence of sentences(unit.text)) {
      const term = phrases.mandateTerm.exec(sentence[0]);
      if (!term) continue;
      const termStart = sentence.index + term.index;
      const rest = unit.text.slice(termStart, sentence.index + sentence[0].length);
      const dates = findDates(rest, doc.language);
      // the end date with where its "until" stands
      const until = dates
        .filter((d) => d.span[0] < 400)
        .map((date) => ({ date, untilAt: phrases.untilBeforeDate?.exec(rest.slice(0, date.span[0]))?.index ?? -1 }))
        // A term runs past the adoption: an earlier date is one the clause recalls ("renewed in response to the
        // 2 December 2020 letter").
        .find((u) => u.untilAt >= 0 && !(doc.date && u.date.iso <= doc.date));
      const length = phrases.termLength?.exec(rest);
      if (!until && !length) {
        // "Decides that, for a further period of 12 months from the date of this resolution to renew the authorizations":
        // the length before the verb it belongs to
        const before = sentence[0].slice(0, term.index);
        const ahead = phrases.termLength?.exec(before);
        const lengthAhead = ahead?.groups && periodOf(ahead.groups.count, ahead.groups.unit, phrases, doc);
        if (ahead && lengthAhead && doc.date && phrases.lengthBeforeVerb?.test(before.slice(ahead.index + ahead[0].length))) {
          const start = sentence.index + ahead.index;
          const source: FactSource = { ...sourceOf(doc, unit, [start, termStart + term[0].length]), computed: true };
          found.push({ date: addPeriod(doc.date, lengthAhead), source, text: sentence[0], fromVerb: rest });
          continue;
        }
      }
      const period = length?.groups && periodOf(length.groups.count, length.groups.unit, phrases, doc);
      // A length stated first sets the term unless its end date follows at once ("for six months, until …");
      // a later "until" belongs to another clause ("with a view to extending it … until 20 May 2005").
      const lengthEnd = length ? length.index + length[0].length : Infinity;
      if (until && (!period || until.untilAt < lengthEnd + UNTIL_AFTER_LENGTH)) {
        const end = termStart + until.date.span[1];
        found.push({ date: until.date.iso, source: sourceOf(doc, unit, [termStart, end]), text: sentence[0], fromVerb: rest });
      } else if (length && period) {
        // "for a period of six months from 30 September 2001" runs from that date, not from the adoption.
        const from = dates.find((d) => d.span[0] >= lengthEnd && phrases.termStartBeforeDate?.test(rest.slice(lengthEnd, d.span[0])));
        const start = from?.iso ?? doc.date;
        if (!start) continue;
        const end = termStart + (from?.span[1] ?? lengthEnd);
        const source: FactSource = { ...sourceOf(doc, unit, [termStart, end]), computed: true };
        found.push({ date: addPeriod(start, period), source, text: sentence[0], fromVerb: rest });
      }
    }
  }
  return found;
}

/** How far after the verb "the present mandate" may stand to be what the verb extends ("extend, as requested, its mandate"). */
const OWN_MANDATE_REACH = 40;

/** When the mission's mandate ends: the first term statement that names the mission (any, when no mission is known). */
export function findExpiry(
  terms: TermStatement[],
  mission: MandateFacts['mission'],
  phrases: Partial<MandatePhrases>,
  lang: Language,
): TermStatement | null {
  // a term set for something else ("the Panel of Experts") is not the mission's
  // A date printed beats one counted from a length ("for another year").
  const ordered = [...terms.filter((t) => !t.source.computed), ...terms.filter((t) => t.source.computed)];
  return (
    ordered.find((t) => !mission || mentionsMission(t.text, mission, phrases, lang)) ??
    // "Decides to extend the present mandate until …": the resolution's own mission, unnamed, as what the verb
    // extends ("… the Group of Experts … to fulfil its mandate" extends the Group's).
    ordered.find((t) => (phrases.ownMandate?.exec(t.fromVerb)?.index ?? Infinity) < OWN_MANDATE_REACH) ??
    null
  );
}

/** "Acting under Chapter VII of the Charter" in the preamble or the operative part, else what the adoption record says. */
export function findChapterVII(doc: UNDocument, phrases: Partial<MandatePhrases>): { value: boolean; source?: FactSource } {
  if (phrases.chapterVII) {
    for (const unit of [...preambleUnits(doc), ...operativeUnits(doc)]) {
      const m = phrases.chapterVII.exec(unit.text);
      if (m) return { value: true, source: sourceOf(doc, unit, [m.index, m.index + m[0].length]) };
    }
  }
  return { value: doc.adoption?.chapterVII === true };
}

/**
 * Force authorised to the mission: "all necessary means/measures/action" in a clause that authorises the mission
 * ("Authorizes MINUSMA to use …", "MONUC is authorized to take …", "UNAMSIL may take the necessary action").
 * The authorised party is the addressee after an active "Authorizes", or the words before a passive grant or before an
 * active one whose party is a pronoun ("… la MINUSS … et l'autorise à user de …").
 * An authorisation the clause recalls ("recalls its authorization to UNIFIL to take all necessary action") was granted
 * before, not by this resolution. With no mission identified, any authorisation of force counts.
 */
export function findForce(
  doc: UNDocument,
  mission: MandateFacts['mission'],
  phrases: Partial<MandatePhrases>,
): FactSource | null {
  const { force, forceGrant } = phrases;
  if (!force || !forceGrant) return null;
  for (const unit of operativeUnits(doc)) {
    for (const m of unit.text.matchAll(globally(force))) {
      const clause = clauses(unit.text, doc.language).filter((c) => c.start <= m.index).pop();
      if (clause && isVerbIn(clause.verb, phrases.recallVerbs)) continue;
      const clauseStart = clause?.start ?? 0;
      const before = unit.text.slice(clauseStart, m.index);
      const grants = [...before.matchAll(globally(forceGrant))];
      const grant = grants[grants.length - 1];
      if (!grant) continue;
      const grantStart = clauseStart + grant.index;
      // "et l'autorise à user …" names the party before the grant, as a passive grant does, in this clause or the one
      // before ("la MINUSS continuera …, et autorise celle-ci à user …")
      const pronoun = Boolean(grant.groups?.active) && (phrases.pronounGrant?.test(before) ?? false);
      const active = Boolean(grant.groups?.active) && !pronoun;
      const partyStart = active ? grantStart : Math.max(pronoun ? 0 : clauseStart, grantStart - 160);
      const granted = unit.text.slice(grantStart, m.index);
      const party = active ? granted.slice(0, phrases.actionStart?.exec(granted)?.index) : unit.text.slice(partyStart, grantStart);
      if (mission && !mentionsMission(party, mission, phrases, doc.language)) continue;
      // a passive grant is stated from the mission's name on: "MONUC is authorized to take …"
      const namedAt = active || !mission?.acronym ? -1 : party.lastIndexOf(mission.acronym);
      return sourceOf(doc, unit, [namedAt >= 0 ? partyStart + namedAt : grantStart, m.index + m[0].length]);
    }
  }
  return null;
}
