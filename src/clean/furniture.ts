import type { Language } from '../model.js';
import { LAYOUT } from '../lang/layout.js';
import { isAsciiDigit, isAsciiLetter, isWhiteSpaceAt } from '../lang/characters.js';
import { normalizeSymbol } from '../recognize/symbols.js';

/** "2/14", "17-10885 2/14", "3/14 17-10885": the page counter, alone or with the job number. */
const PAGE_COUNTER = /^(?:\d{2}-\d{5}\s+)?(\d{1,4})\s*\/\s*(\d{1,4})(?:\s+\d{2}-\d{5})?$/;
/** "17-10885 (E) 300617", "20-08599 (C) 300620 300620": the job number of the first page. */
const JOB_NUMBER = /^\d{2}-\d{5}\s*\([A-Z]\)(?:\s+\d{6})*(?:\s+\*\d+\*)?$/;
const BARCODE = /^\*\d{6,}\*$/;
const LINK = /^(?:https?:\/\/|www\.|undocs\.org\/)\S*$/i;
/** "United Nations S/2017/558", "联 合 国 S/2020/613": the cover's first line. */
const ORGANIZATION_AND_SYMBOL = /^(?:United Nations|Nations Unies|Naciones Unidas|Организация Объединенных Наций|联\s*合\s*国|الأمم المتحدة)\s+(S\/\S+(?:\s*\(\d{4}\))?)$/;
/** "Security Council Distr.: General": the cover's second line. */
const BODY_AND_DISTRIBUTION = /^\S.*\bDistr\.\s*:?\s*\w+$/;

const isWordCharacter = (code: number) => isAsciiDigit(code) || isAsciiLetter(code) || code === 0x5f;

/**
 * Whether "Distr." stands where BODY_AND_DISTRIBUTION wants it, before the last word and what may separate them
 * (white space, a colon): read back from the end, where a search for it would read the whole line.
 */
function distributionBeforeLastWord(text: string): boolean {
  let at = text.length;
  while (at > 0 && isWordCharacter(text.charCodeAt(at - 1))) at--;
  if (at === text.length) return false;
  while (at > 0 && isWhiteSpaceAt(text, at - 1)) at--;
  if (text[at - 1] === ':') at--;
  while (at > 0 && isWhiteSpaceAt(text, at - 1)) at--;
  // Its first letter tells most lines at once, where the comparison of a slice costs more.
  return text.charCodeAt(at - 6) === 0x44 && text.startsWith('Distr.', at - 6);
}

export type FurnitureKind = 'page-counter' | 'furniture' | 'link';

/** What kind of page furniture a line is, or null when it is content. */
/** Page furniture is short; only a link or the cover's first lines run longer. */
const LONGEST_FURNITURE = 120;

export function furnitureKind(text: string, lang: Language): FurnitureKind | null {
  if (text === '') return null;
  if (text.length > LONGEST_FURNITURE) return LINK.test(text) ? 'link' : null;
  // Page counters and job numbers open with a digit, a barcode with an asterisk: most lines open with neither,
  // and are spared those patterns.
  const opensWithDigit = isAsciiDigit(text.charCodeAt(0));
  if (opensWithDigit && PAGE_COUNTER.test(text)) return 'page-counter';
  if (LINK.test(text)) return 'link';
  if ((opensWithDigit && JOB_NUMBER.test(text)) || (text[0] === '*' && BARCODE.test(text))) return 'furniture';
  // The English furniture is known in every language.
  if (LAYOUT[lang].furniture.test(text) || (lang !== 'en' && LAYOUT.en.furniture.test(text))) return 'furniture';
  // The organisation's name opens its line, so that pattern fails at once on most lines; the distribution's pattern
  // is slow to fail, and needs a literal at a place most lines lack it, looked at first.
  if (ORGANIZATION_AND_SYMBOL.test(text) || (distributionBeforeLastWord(text) && BODY_AND_DISTRIBUTION.test(text))) return 'furniture';
  if (/^S\s*\//.test(text) && normalizeSymbol(text) !== null) return 'furniture';
  return null;
}

/** The page number a page counter line gives ("17-10885 2/14" → 2). */
export function pageCounterNumber(text: string): number | null {
  const m = PAGE_COUNTER.exec(text);
  return m && Number(m[1]) <= Number(m[2]) ? Number(m[1]) : null;
}
