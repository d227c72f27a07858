import type { UNDocument } from '../model.js';
import { parseNumber } from '../lang/numbers.js';
import type { MandatePhrases } from '../lang/mandate.js';
import type { Ceiling } from './types.js';
import { operativeUnits, sourceOf, type TextUnit } from './text.js';

/**
 * Personnel ceilings: numbers of personnel after words that set a ceiling ("comprise up to", "authorized strength",
 * "a maximum of") in an operative paragraph or item, breakdowns included ("40 military observers, 486 staff officers …").
 * A number stated as a change ("2,000 additional troops", "an increase of 500") is not a ceiling.
 * The first ceiling stated for a component is kept: later ones in the same resolution restate or adjust it temporarily.
 */
export function findCeilings(doc: UNDocument, phrases: Partial<MandatePhrases>): Ceiling[] {
  const { ceilingContext, personnelCount, componentCeiling, personnel, notACeiling } = phrases;
  if (!ceilingContext || !personnelCount || !personnel) return [];
  const ceilings: Ceiling[] = [];
  const add = (unit: TextUnit, m: RegExpMatchArray & { index: number }) => {
    const max = parseNumber(m.groups!.count, doc.language);
    const component = personnel.find(([noun]) => noun.test(m.groups!.noun.toLowerCase().replace(/\s+/g, ' ')))?.[1];
    if (!max || !component || ceilings.some((c) => c.component === component)) return;
    ceilings.push({ component, max, source: sourceOf(doc, unit, [m.index, m.index + m[0].length]) });
  };
  for (const unit of operativeUnits(doc)) {
    for (const m of componentCeiling ? unit.text.matchAll(componentCeiling) : []) add(unit, m);
    const context = ceilingContext.exec(unit.text);
    if (!context) continue;
    for (const m of unit.text.matchAll(personnelCount)) {
      if (m.index < context.index) continue;
      if (notACeiling?.test(unit.text.slice(Math.max(0, m.index - 40), m.index))) continue;
      add(unit, m);
    }
  }
  return ceilings;
}
