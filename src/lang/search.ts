import type { Language } from '../model.js';

/**
 * PostgreSQL text search configuration per language: stemming and stop words for the four with a Snowball stemmer;
 * 'simple' (lower-cased words, no stemming) for Chinese and Arabic.
 */
export const TEXT_SEARCH_CONFIG: Record<Language, string> = {
  en: 'english',
  fr: 'french',
  es: 'spanish',
  ru: 'russian',
  zh: 'simple',
  ar: 'simple',
};

/**
 * A resolution named by its number alone, as press summaries do ("Resolution 2364", "résolution 2364"):
 * group 1 is the number. Not followed by a year in parentheses (that is a full symbol, found by findSymbols).
 */
export const RESOLUTION_NUMBER: Record<Language, RegExp> = {
  en: /\b[Rr]esolution\s+(\d{1,4})\b(?!\s*\(\d{4}\))/gu,
  fr: /\b[Rr]ésolution\s+(\d{1,4})\b(?!\s*\(\d{4}\))/gu,
  es: /\b[Rr]esolución\s+(\d{1,4})\b(?!\s*\(\d{4}\))/gu,
  ru: /[Рр]езолюци\p{L}*\s+(\d{1,4})(?!\d|\s*\(\d{4}\))/gu,
  zh: /第\s*(\d{1,4})\s*号决议/gu,
  ar: /القرار\s+(\d{1,4})(?!\d|\s*\(\d{4}\))/gu,
};
