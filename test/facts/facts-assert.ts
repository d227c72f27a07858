/** Test utility: every fact's source span must slice its paragraph's or item's text to words that state it. */
import { expect } from 'vitest';
import type { Item, UNDocument } from '../../src/model.js';
import type { FactSource, MandateFacts } from '../../src/facts/types.js';
import { findDates } from '../../src/lang/months.js';
import { numberPattern, parseNumber } from '../../src/lang/numbers.js';

function texts(doc: UNDocument): Map<string, string> {
  const byId = new Map<string, string>();
  const add = (node: { id: string; text: string; items?: Item[] }) => {
    byId.set(node.id, node.text);
    node.items?.forEach(add);
  };
  doc.preamble.forEach(add);
  for (const node of doc.body) if (node.type === 'paragraph') add(node);
  return byId;
}

/** The words a source points at; fails the test when the paragraph is unknown or the span is out of range. */
export function sliceOf(doc: UNDocument, source: FactSource): string {
  const text = texts(doc).get(source.paragraph);
  expect(text, `paragraph ${source.paragraph}`).toBeDefined();
  const [start, end] = source.span;
  expect(start).toBeGreaterThanOrEqual(0);
  expect(end).toBeLessThanOrEqual(text!.length);
  expect(start).toBeLessThanOrEqual(end);
  expect(source.symbol).toBe(doc.symbol);
  return text!.slice(start, end);
}

/**
 * The span property, for every fact: the slice holds the words the value was read from
 * (the number of a ceiling, the acronym of a mission, the verb and addressee of a request …).
 */
export function expectSpansStateFacts(doc: UNDocument, facts: MandateFacts): void {
  if (facts.mission) {
    const words = sliceOf(doc, facts.mission.source);
    if (facts.mission.acronym) expect(words).toContain(facts.mission.acronym);
    if (facts.mission.name) expect(words).toContain(facts.mission.name);
  }
  if (facts.hostCountry) expect(sliceOf(doc, facts.hostCountry.source)).toBe(facts.hostCountry.name);
  for (const ceiling of facts.ceilings) {
    const number = new RegExp(numberPattern(doc.language), 'u').exec(sliceOf(doc, ceiling.source));
    expect(number && parseNumber(number[0], doc.language)).toBe(ceiling.max);
  }
  for (const task of facts.tasks) expect(sliceOf(doc, task.source)).toBe(task.text);
  for (const request of facts.requests) {
    const words = sliceOf(doc, request.source).replace(/\s+/g, ' ');
    expect(words.toLowerCase().startsWith(request.verb.toLowerCase())).toBe(true);
    expect(words).toContain(request.addressee);
    expect(words.endsWith(request.action)).toBe(true);
  }
  for (const obligation of facts.reporting) {
    const words = sliceOf(doc, obligation.source);
    expect(words).toContain(obligation.by);
    if (obligation.schedule.type === 'aligned' && obligation.what !== 'report') expect(words).toContain(obligation.what);
  }
  if (facts.sources.expires && !facts.sources.expires.computed) {
    expect(findDates(sliceOf(doc, facts.sources.expires), doc.language).map((d) => d.iso)).toContain(facts.expires);
  }
  // A counted term states its length: "for a period of six months", "for a further 12 months", "pour une période de …".
  if (facts.sources.expires?.computed) expect(sliceOf(doc, facts.sources.expires)).toMatch(/period|période|período|период|\b(?:months?|years?|days?|weeks?|mois|meses|años)\b|месяц|год|дн[яе]|недел|个月|年|天|شهر|أشهر|سنة|يوم|أسابيع/);
  if (facts.sources.chapterVII) expect(sliceOf(doc, facts.sources.chapterVII)).toMatch(/Chapter VII|Chapitre VII|Capítulo VII|главы VII|第七章|الفصل السابع/);
  if (facts.sources.forceAuthorized) expect(sliceOf(doc, facts.sources.forceAuthorized)).toMatch(/necessary|nécessaires|necesari[oa]s|необходим|必要|اللازمة|الضرورية/);
}
