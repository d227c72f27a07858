import type { Item, UNDocument } from '../model.js';
import type { MandatePhrases } from '../lang/mandate.js';
import { findDates } from '../lang/months.js';
import { requestClauses } from './requests.js';
import { mentionsMission, missionIndex } from './scalars.js';
import type { MandateFacts, Task } from './types.js';
import { clauses, descendants, globally, isVerbIn, once, operativeParagraphs, operativeUnits, sourceOf, type Clause, type TextUnit } from './text.js';

type Mission = NonNullable<MandateFacts['mission']>;

/**
 * Whether the mission is the party a text names ("UNMIL", "MINUSTAH and the Haitian authorities", "the mandate of UNMIL"),
 * not a complement of someone or something else ("the Friends of UNMEE", "the expansion of MONUC", "efforts by MINURCAT").
 */
function namesMissionAsParty(text: string, mission: Mission, phrases: Partial<MandatePhrases>, lang: UNDocument['language']): boolean {
  const at = missionIndex(text, mission, phrases, lang, true);
  return at >= 0 && !phrases.missionComplement?.test(text.slice(0, at));
}

/**
 * Mandated tasks.
 * - The items of paragraphs that introduce the mandate's tasks ("Decides that MINUSMA's mandate shall include the following
 *   priority tasks:", "… shall have the following mandate:"), every item at every depth, so the hierarchy survives in the
 *   item ids ("op20.a.ii"). They are 'other' when the introduction says so ("other tasks", "use its existing capacities"),
 *   else 'priority'.
 * - Clauses of other paragraphs that give the mission (or the Special Representative who heads it) a task ("Requests UNMIS
 *   to support …", "Authorizes UNMIL to assist …"): 'other', the text being the action; decisions whose subject is the
 *   mission ("Decides that MONUC shall …"): the "that"-clause.
 * - Requests to another party to act with the mission's help ("…, in close coordination with UNMIL, to …"): the clause.
 */
export function findTasks(doc: UNDocument, phrases: Partial<MandatePhrases>, mission: MandateFacts['mission']): Task[] {
  const { taskIntro, otherTasks } = phrases;
  if (!taskIntro) return [];
  // the tasks of a committee or a panel the resolution sets up are not the mission's
  const listParagraphs = operativeParagraphs(doc).filter(
    (p) => p.items.length > 0 && taskIntro.test(p.text) && (!mission || mentionsMission(p.text, mission, phrases, doc.language)),
  );
  const listed = listParagraphs.flatMap((paragraph) => {
    const priority = otherTasks?.test(paragraph.text) ? 'other' : 'priority';
    return descendants(paragraph).map((item: Item): Task => ({
      paragraph: item.id,
      num: item.num,
      ...(item.title ? { title: item.title } : {}),
      text: item.text,
      priority,
      source: sourceOf(doc, item, [0, item.text.length]),
    }));
  });
  if (!mission) return listed;
  const listIds = new Set(listParagraphs.map((p) => p.id));
  const given = requestClauses(doc, phrases, phrases.taskVerbs)
    .filter((r) => !listIds.has(r.unit.id) && namesMissionAsParty(r.fact.addressee, mission, phrases, doc.language))
    .filter((r) => !phrases.mandateOnly?.test(r.fact.action))
    .map((r) => otherTask(doc, r.unit, r.actionStart, r.end));
  return [...listed, ...given, ...decidedTasks(doc, phrases, mission, listIds), ...assistedTasks(doc, phrases, mission, listIds, given)];
}

/** A task given outside a task list: 'other', its text the words of the unit from `start` to `end`. */
function otherTask(doc: UNDocument, unit: TextUnit, start: number, end: number): Task {
  return {
    paragraph: unit.id,
    num: unit.paragraph?.num ?? '',
    text: unit.text.slice(start, end),
    priority: 'other',
    source: sourceOf(doc, unit, [start, end]),
  };
}

/** Whether a clause sets a term: a term verb followed by a date or a length ("extend … until 31 March 2005"), not "prolonged pre-trial detention". */
function setsTerm(text: string, phrases: Partial<MandatePhrases>, lang: UNDocument['language']): boolean {
  const term = phrases.mandateTerm?.exec(text);
  if (!term) return false;
  const after = text.slice(term.index);
  return (phrases.termLength?.test(after) ?? false) || findDates(after, lang).length > 0;
}

/**
 * Operative paragraphs outside task lists, and the items that open with an operative verb, for the decisions a paragraph
 * leads into ("Acting under Chapter VII of the Charter, (i) Decides that UNMIS is authorized to take the necessary action …"),
 * with their clauses.
 */
function decisionUnits(doc: UNDocument, skip: Set<string>): { unit: TextUnit; found: Clause[] }[] {
  return operativeUnits(doc).flatMap((unit) => {
    if (skip.has(unit.paragraph?.id ?? unit.id)) return [];
    const found = clauses(unit.text, doc.language);
    return unit.id === unit.paragraph?.id || found[0]?.start === 0 ? [{ unit, found }] : [];
  });
}

/**
 * "Decides that MONUC shall …": a decision whose subject is the mission gives it a task, unless it sets a term or a
 * ceiling (read as expiry and ceilings) or says how the mission is made up ("UNMIT will be headed by …"). Requests made with "that" ("Requests that MINUSTAH concentrate …") are requests.
 */
function decidedTasks(doc: UNDocument, phrases: Partial<MandatePhrases>, mission: Mission, skip: Set<string>): Task[] {
  const { decisionVerbs, thatSubject, personnelCount } = phrases;
  if (!decisionVerbs || !thatSubject) return [];
  const tasks: Task[] = [];
  for (const { unit, found } of decisionUnits(doc, skip)) {
    for (const clause of found) {
      if (!isVerbIn(clause.verb, decisionVerbs)) continue;
      const rest = unit.text.slice(clause.verbEnd, clause.end);
      const that = thatSubject.exec(rest);
      const subject = that?.groups?.subject ?? that?.groups?.opening;
      if (!that || !subject || !namesMissionAsParty(subject, mission, phrases, doc.language)) continue;
      if (setsTerm(rest, phrases, doc.language) || (personnelCount && once(personnelCount).test(rest))) continue;
      if (phrases.missionMakeup?.test(rest.slice(that[0].length))) continue;
      tasks.push(otherTask(doc, unit, clause.verbEnd + that[0].length - that[0].trimStart().length, clause.end));
    }
  }
  return tasks;
}

/**
 * A request to another party to act with the mission's help gives the mission a task too ("Calls upon the Government of
 * Liberia, in close coordination with UNMIL, to take …", "Encourages the continued support of UNAMSIL for returning
 * refugees"): the clause after its verb, unless the mission is already its addressee.
 */
function assistedTasks(doc: UNDocument, phrases: Partial<MandatePhrases>, mission: Mission, skip: Set<string>, given: Task[]): Task[] {
  const { missionAssists, assistedConjunct, requestVerbs, taskVerbs } = phrases;
  if (!missionAssists || !assistedConjunct) return [];
  const tasks: Task[] = [];
  for (const unit of operativeUnits(doc, false)) {
    if (skip.has(unit.id)) continue;
    for (const clause of clauses(unit.text, doc.language)) {
      if (!isVerbIn(clause.verb, requestVerbs) && !isVerbIn(clause.verb, taskVerbs)) continue;
      if (given.some((t) => t.paragraph === unit.id && t.source.span[0] >= clause.start && t.source.span[0] <= clause.end)) continue;
      const rest = unit.text.slice(clause.verbEnd, clause.end);
      const assists = [...rest.matchAll(globally(missionAssists))].some((m) => {
        const after = rest.slice(m.index + m[0].length);
        // consulting the Special Representative is no help of the mission's
        const at = missionIndex(after, mission, phrases, doc.language);
        return at >= 0 && assistedConjunct.test(after.slice(0, at));
      });
      if (assists) tasks.push(otherTask(doc, unit, clause.verbEnd + rest.length - rest.trimStart().length, clause.end));
    }
  }
  return tasks;
}
