import type { Language } from '../model.js';

/** How far a benchmark has been implemented, as the annexes of reports print it. */
export type ImplementationState = 'implemented' | 'ongoing' | 'not-implemented' | 'partially-implemented';

/**
 * The closed vocabulary of the "State of implementation" column, per language.
 * Reports translated from French sometimes keep the French words: English tables accept both.
 */
const FRENCH_STATES: Record<string, ImplementationState> = {
  'Mis en œuvre': 'implemented',
  'Mise en œuvre': 'implemented',
  'Non mis en œuvre': 'not-implemented',
  'Non mise en œuvre': 'not-implemented',
  'Partiellement mis en œuvre': 'partially-implemented',
  'Partiellement mise en œuvre': 'partially-implemented',
  'En cours': 'ongoing',
};

export const IMPLEMENTATION_STATES: Partial<Record<Language, Record<string, ImplementationState>>> = {
  en: {
    Implemented: 'implemented',
    Ongoing: 'ongoing',
    'In progress': 'ongoing',
    'Not implemented': 'not-implemented',
    'Partially implemented': 'partially-implemented',
    ...FRENCH_STATES,
  },
  fr: FRENCH_STATES,
  es: {
    Aplicado: 'implemented',
    'En curso': 'ongoing',
    'No aplicado': 'not-implemented',
    'Aplicado parcialmente': 'partially-implemented',
  },
};

/**
 * Deadlines of the "Deadline" column: a year, a month and year, a part of a year, or the words for "completion expected".
 * Sources of regular expressions, matched at the start of the cell (case-insensitive); `MONTH` stands for any month name.
 */
export const DEADLINE_PATTERNS: Partial<Record<Language, readonly string[]>> = {
  en: [
    String.raw`(?:(?:first|second) (?:half|quarter) of|(?:end|beginning|middle) of|mid-|by)\s*(?:MONTH\s+)?\d{4}`,
    String.raw`(?:MONTH\s+)?\d{4}`,
    String.raw`completion expected`,
    String.raw`to be determined`,
  ],
  fr: [
    String.raw`(?:(?:premier|second|deuxième) semestre|fin|début|mi-)\s*(?:de\s+|d['’])?(?:MONTH\s+)?\d{4}`,
    String.raw`(?:MONTH\s+)?\d{4}`,
    String.raw`achèvement prévu`,
  ],
};

/** The words of the header row and of the total row of a table of military and police strength. */
export interface StrengthTableWords {
  /** the first header cell of the country rows ("Country") */
  country: string;
  /** the label of the row of totals ("Total") */
  total: string;
  /** "as at 20 May 2017" in the title */
  asAt: RegExp;
}

export const STRENGTH_TABLE_WORDS: Partial<Record<Language, StrengthTableWords>> = {
  en: { country: 'Country', total: 'Total', asAt: /\b(?:as (?:at|of))\s+/i },
  fr: { country: 'Pays', total: 'Total', asAt: /\bau\s+(?=\d)/i },
  es: { country: 'País', total: 'Total', asAt: /\b(?:al|a)\s+(?=\d)/i },
};

/**
 * How a report states deployed strength in its paragraphs:
 * "As at 26 May, 1,502 personnel had been deployed, or 78 per cent of its authorized strength".
 * Groups: `deployed`, then `percent`. `NUMBER` stands for a number in digits.
 */
export const DEPLOYED_STRENGTH_PATTERNS: Partial<Record<Language, readonly string[]>> = {
  en: [String.raw`(?<deployed>NUMBER)\s+(?:personnel|troops|officers)\s+(?:had\s+been|have\s+been|were)\s+deployed,?\s+(?:or\s+)?(?<percent>\d{1,3}(?:\.\d+)?)\s+per\s*cent\s+of\s+(?:its|the)\s+authorized\s+strength`],
  fr: [String.raw`(?<deployed>NUMBER)\s+(?:membres du personnel|personnes|militaires|policiers)\s+(?:avaient\s+été|ont\s+été|étaient)\s+déployés,?\s+(?:soit\s+)?(?<percent>\d{1,3}(?:,\d+)?)\s*%\s+de\s+l['’]effectif\s+autorisé`],
};

/** Words naming each component of a mission in its report: the nearest before a deployed figure says which it is. */
export const COMPONENT_WORDS: Partial<Record<Language, { military: RegExp; police: RegExp }>> = {
  en: { military: /\bmilitary\b|\btroops?\b/gi, police: /\bpolice\b/gi },
  fr: { military: /\bmilitaires?\b/gi, police: /\bpolici(?:ers?|ère)\b|\bpolice\b/gi },
};
