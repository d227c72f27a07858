import type { UNDocument } from '../model.js';
import type { MandatePhrases } from '../lang/mandate.js';
import type { RequestFact } from './types.js';
import { capitalise, clauses, globally, isVerbIn, operativeUnits, sourceOf, type Clause, type TextUnit } from './text.js';

/** A request with where its action starts, for the reporting reader. */
export interface RequestClause {
  fact: RequestFact;
  unit: TextUnit;
  /** offsets in the unit's text */
  actionStart: number;
  end: number;
  /** where the action of a clause carried on stops and the next starts, offsets in the action ("…, and requests also a final report …") */
  joins?: [number, number][];
}

/**
 * Cut the addressee at the first comma that opens an aside ("the Secretary-General, seeking perspectives …, to develop"),
 * or at the words of a time that follow it unset off ("the Secretary-General within 60 days from the adoption …").
 */
function addresseeEnd(addressee: string, aside: RegExp | undefined, time: RegExp | undefined): number {
  for (const gap of addressee.matchAll(/,\s*|\s+/g)) {
    const after = addressee.slice(gap.index + gap[0].length);
    if ((gap[0].startsWith(',') ? aside : time)?.test(after)) return gap.index;
  }
  return addressee.length;
}

/** Where the addressee and the action are in the words after a request verb. */
interface Opening {
  addressee: string;
  /** offset of the action in those words */
  actionStart: number;
}

/** "Requests the Secretary-General to …": the " to " that opens the action, not one after a preposition's noun ("pursuant to resolution 2374"). */
function actionOpening(rest: string, phrases: Partial<MandatePhrases>): Opening | null {
  for (const to of rest.matchAll(globally(phrases.actionStart!))) {
    if (!phrases.prepositionalTo?.test(rest.slice(0, to.index))) return { addressee: rest.slice(0, to.index), actionStart: to.index + to[0].length };
  }
  return null;
}

/** "requests also a final report to the Committee …": the thing asked for opens the action, the addressee is unsaid. */
function thingOpening(rest: string, phrases: Partial<MandatePhrases>): Opening | null {
  const thing = phrases.requestedThing?.exec(rest);
  return thing ? { addressee: '', actionStart: thing[0].length } : null;
}

/** "Demands that all parties immediately cease …": the subject of the clause starting at `from` is the addressee, its verb opens the action. */
function thatOpening(rest: string, from: number, phrases: Partial<MandatePhrases>): Opening | null {
  const that = phrases.thatRequest?.exec(rest.slice(from));
  return that?.groups ? { addressee: that.groups.subject, actionStart: from + that[0].length } : null;
}

/**
 * "Decides that the Panel shall provide … a report": a decision binding its subject to report, read as a request to the
 * subject. Only an action that opens with a verb of reporting counts ("shall consist of …" binds no one to report). A due date printed
 * before the subject ("что не позднее 15 сентября 2020 года Группа представит …") opens the action.
 */
function bindingOpening(rest: string, phrases: Partial<MandatePhrases>): Opening | null {
  const bound = phrases.boundToReport?.exec(rest);
  if (!bound?.groups?.subject) return null;
  const { lead, subject } = bound.groups;
  return { addressee: subject, actionStart: lead ? bound[0].indexOf(lead) : bound[0].length };
}

/** Where a "that"-clause starts after the verb, also past an adverbial set off by commas ("Requests, in this connection, that …"); -1 for none. */
function thatClauseStart(rest: string, phrases: Partial<MandatePhrases>): number {
  if (!phrases.thatClause) return -1;
  if (phrases.thatClause.test(rest)) return 0;
  const aside = /^\s*,\s*/.exec(rest);
  const past = aside && rest.slice(aside[0].length).replace(phrases.addresseeLead ?? /^$/, '');
  return past && phrases.thatClause.test(past) ? rest.length - past.length : -1;
}

/**
 * Request clauses of the operative paragraphs: "Requests the Secretary-General to …", and the same verbs after a comma
 * ("…, and urges the Government of Mali to …"). The addressee runs from the verb to the " to " that opens the action,
 * or in a "that"-clause ("Demands that all parties immediately cease …") is its subject, up to the verb that opens the action.
 */
export function requestClauses(
  doc: UNDocument,
  phrases: Partial<MandatePhrases>,
  verbs: readonly string[] | undefined = phrases.requestVerbs,
  { decisions = false }: { decisions?: boolean } = {},
): RequestClause[] {
  const { actionStart, addresseeAside, addresseeLead } = phrases;
  if (!verbs || !actionStart) return [];
  const found: RequestClause[] = [];
  for (const unit of operativeUnits(doc, false)) {
    let previous: RequestClause | undefined;
    for (const clause of clauses(unit.text, doc.language)) {
      const request = requestOf(clause, unit, previous);
      if (request && request !== previous) found.push(request);
      previous = request ?? undefined;
    }
  }
  return found;

  /** The request a clause makes, or the request before it carried on ("…, and requests also a final report …"), or null. */
  function requestOf(clause: Clause, unit: TextUnit, previous: RequestClause | undefined): RequestClause | null {
    const rest = unit.text.slice(clause.verbEnd, clause.end);
    let opening: Opening | null;
    if (isVerbIn(clause.verb, verbs)) {
      const that = thatClauseStart(rest, phrases);
      opening = (that < 0 ? actionOpening(rest, phrases) : thatOpening(rest, that, phrases)) ?? thingOpening(rest, phrases);
    } else if (decisions && isVerbIn(clause.verb, phrases.decisionVerbs)) opening = bindingOpening(rest, phrases);
    else return null;
    if (!opening) return null;
    const rawAddressee = opening.addressee.replace(/^[\s,]+/, '').replace(addresseeLead ?? /^$/, '');
    const addressee = rawAddressee.slice(0, addresseeEnd(rawAddressee, addresseeAside, phrases.addresseeTime)).replace(/[\s,]+$/u, '').trimStart();
    const start = clause.verbEnd + opening.actionStart;
    // "…, and requests also a final report …", "а также просит представить …": a report asked with no addressee carries on
    // the request right before it, as one more of its actions
    if (!addressee && previous && phrases.reportingAction?.test(unit.text.slice(start, clause.end))) {
      (previous.joins ??= []).push([previous.end - previous.actionStart, start - previous.actionStart]);
      previous.end = clause.end;
      previous.fact.action = unit.text.slice(previous.actionStart, clause.end);
      previous.fact.source.span[1] = clause.end;
      return previous;
    }
    if (!addressee || addressee.length > 200) return null;
    return {
      fact: {
        paragraph: unit.id,
        actor: phrases.actor ?? 'Security Council',
        verb: capitalise(clause.verb),
        addressee,
        action: unit.text.slice(start, clause.end),
        source: sourceOf(doc, unit, [clause.start, clause.end]),
      },
      unit,
      actionStart: start,
      end: clause.end,
    };
  }
}

export function findRequests(doc: UNDocument, phrases: Partial<MandatePhrases>): RequestFact[] {
  return requestClauses(doc, phrases).map((r) => r.fact);
}
