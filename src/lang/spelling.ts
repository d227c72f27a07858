import type { Language } from '../model.js';

/**
 * Spelling variants that are not changes of meaning: British / American / UN-house spellings.
 * Each rule rewrites a lower-case word ending into a canonical form; two words are variants when their
 * canonical forms are equal. Rules are suffix patterns, so they cover inflected and derived forms;
 * the minimum stem lengths keep short unrelated words ("four" / "for") apart.
 */
export interface SpellingRule {
  /** what the rule covers, for the reader */
  name: string;
  pattern: RegExp;
  canonical: string;
}

const en: readonly SpellingRule[] = [
  // organisation / organization, recognised / recognized, mobilising / mobilizing
  { name: '-ise/-ize', pattern: /^(\p{L}{3,})is(e|es|ed|ing|ation|ations|ational|er|ers)$/u, canonical: '$1iz$2' },
  // analyse / analyze, paralysed / paralyzed
  { name: '-yse/-yze', pattern: /^(\p{L}{2,})ys(e|es|ed|ing)$/u, canonical: '$1yz$2' },
  // labour / labor, behaviour / behavior, neighbouring / neighboring, honourable / honorable
  { name: '-our/-or', pattern: /^(\p{L}{3,})our(s|ed|ing|able|ably|ite|ites|ful|er|ers|hood|hoods)?$/u, canonical: '$1or$2' },
  // centre / center, metres / meters, theatre / theater, fibre / fiber
  { name: '-re/-er', pattern: /^(\p{L}{2,}[^aeiou\W][tb])re(s|d)?$/u, canonical: '$1er$2' },
  { name: '-red/-ered', pattern: /^(\p{L}{2,}[^aeiou\W][tb])(?:e)?r(ed|ing)$/u, canonical: '$1er$2' },
  // defence / defense, offences / offenses, licence / license, pretence / pretense
  { name: '-ence/-ense', pattern: /^(\p{L}{2,}(?:f|lic|pret))enc(e|es)$/u, canonical: '$1ens$2' },
  // programme / program, kilogramme / kilogram
  { name: '-mme/-m', pattern: /^(\p{L}*gra)mme(s|d)?$/u, canonical: '$1m$2' },
  { name: '-mming/-ming', pattern: /^(\p{L}*gra)mm(ing|er|ers)$/u, canonical: '$1m$2' },
  // travelled / traveled, labelling / labeling, cancelled / canceled, counsellor / counselor
  { name: '-lled/-led', pattern: /^(\p{L}{2,}[aeiou])ll(ed|ing|er|ers|or|ors)$/u, canonical: '$1l$2' },
  // fulfil / fulfill, enrolment / enrollment
  { name: '-l/-ll', pattern: /^(\p{L}{3,}[aeiou])ll(s|ment|ments)?$/u, canonical: '$1l$2' },
  // catalogue / catalog, dialogues / dialogs
  { name: '-ogue/-og', pattern: /^(\p{L}{2,}[lg]o)gue(s)?$/u, canonical: '$1g$2' },
  // judgement / judgment, acknowledgement / acknowledgment
  { name: '-dgement/-dgment', pattern: /^(\p{L}{2,})dgement(s)?$/u, canonical: '$1dgment$2' },
  // ageing / aging
  { name: '-eing/-ing', pattern: /^(\p{L}{2,}g)eing$/u, canonical: '$1ing' },
  // manoeuvre / maneuver, oesophagus / esophagus, paediatric / pediatric
  { name: 'oe/ae/e', pattern: /^(\p{L}*)(?:oe|ae)(\p{L}{3,})$/u, canonical: '$1e$2' },
];

/** Rules by language; languages without rules compare words as they are spelt. */
export const SPELLING_RULES: Partial<Record<Language, readonly SpellingRule[]>> = { en };
