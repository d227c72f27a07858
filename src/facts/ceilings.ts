import type { UNDocument } from '../model.js';
import { numberPattern, parseNumber } from '../lang/numbers.js';
import type { MandatePhrases } from '../lang/mandate.js';
import type { Ceiling } from './types.js';
import { operativeUnits, sourceOf, type TextUnit } from './text.js';

/**
 * Personnel ceilings: numbers of personnel after words that set a ceiling ("comprise up to", "authorized strength",
 * "a maximum of") in an operative paragraph or item, breakdowns included ("40 military observers, 486 staff officers …").
 * A number stated as a change ("2,000 additional troops", "an increase of 500"), where a change starts ("from 15,000 … to
 * 13,000") or in a clause that adds personnel or moves them in for a while ("an increase in the strength of UNOCI of up to
 * 1,500 additional personnel, including a maximum of 1,025 military personnel") is not a ceiling.
 * The first ceiling stated for a component is kept: later ones in the same resolution restate or adjust it temporarily.
 */
export function findCeilings(doc: UNDocument, phrases: Partial<MandatePhrases>): Ceiling[] {
  const { ceilingContext, personnelCount, componentCeiling, personnel, notACeiling, changedFrom } = phrases;
  const inIncrease = (text: string, at: number) => {
    if (!phrases.increaseClause) return false;
    const clause = text.slice(text.lastIndexOf(';', at) + 1, at);
    const increase = [...clause.matchAll(phrases.increaseClause)].pop();
    return increase !== undefined && !phrases.newLevel?.test(clause.slice(increase.index));
  };
  if (!ceilingContext || !personnelCount || !personnel) return [];
  const number = new RegExp(numberPattern(doc.language), 'u');
  const ceilings: Ceiling[] = [];
  const add = (unit: TextUnit, m: RegExpMatchArray & { index: number }) => {
    const max = parseNumber(m.groups!.count, doc.language);
    const component = personnel.find(([noun]) => noun.test(m.groups!.noun.toLowerCase().replace(/\s+/g, ' ')))?.[1];
    if (!max || !component || ceilings.some((c) => c.component === component)) return;
    // the span's first number is the ceiling: it starts at the number when others stand before it
    // ("численности военнослужащих, санкционированной в пункте 11 …, с 15 000 до 13 000 человек")
    const countAt = m[0].lastIndexOf(m.groups!.count);
    const start = number.test(m[0].slice(0, countAt)) ? m.index + countAt : m.index;
    ceilings.push({ component, max, source: sourceOf(doc, unit, [start, m.index + m[0].length]) });
  };
  for (const unit of operativeUnits(doc)) {
    for (const m of componentCeiling ? unit.text.matchAll(componentCeiling) : []) if (!inIncrease(unit.text, m.index)) add(unit, m);
    const context = ceilingContext.exec(unit.text);
    if (!context) continue;
    for (const m of unit.text.matchAll(personnelCount)) {
      if (m.index < context.index) continue;
      if (notACeiling?.test(unit.text.slice(Math.max(0, m.index - 40), m.index))) continue;
      if (changedFrom?.test(unit.text.slice(m.index + m[0].length))) continue;
      if (inIncrease(unit.text, m.index)) continue;
      add(unit, m);
    }
  }
  return ceilings;
}
