import type { Language } from '../model.js';

/** Cardinal numbers written in words, per language: the value of each word, and which words multiply what precedes them. */
interface NumberWords {
  values: Record<string, number>;
  /** "hundred", "thousand": multiply the running total */
  scales: Record<string, number>;
  /** words that join parts of a number: "and" in "one hundred and fifty" */
  joiners: readonly string[];
}

const NUMBER_WORDS: Partial<Record<Language, NumberWords>> = {
  en: {
    values: {
      one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
      eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
      twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
    },
    scales: { hundred: 100, thousand: 1000, million: 1_000_000 },
    joiners: ['and'],
  },
  es: {
    values: {
      un: 1, uno: 1, una: 1, dos: 2, tres: 3, cuatro: 4, cinco: 5, seis: 6, siete: 7, ocho: 8, nueve: 9, diez: 10,
      once: 11, doce: 12, trece: 13, catorce: 14, quince: 15, dieciséis: 16, veinte: 20, treinta: 30, cuarenta: 40,
      cincuenta: 50, sesenta: 60, noventa: 90,
    },
    scales: { cien: 100, ciento: 100, mil: 1000, millón: 1_000_000, millones: 1_000_000 },
    joiners: ['y'],
  },
  fr: {
    values: {
      un: 1, une: 1, deux: 2, trois: 3, quatre: 4, cinq: 5, six: 6, sept: 7, huit: 8, neuf: 9, dix: 10,
      onze: 11, douze: 12, treize: 13, quatorze: 14, quinze: 15, seize: 16, vingt: 20, trente: 30, quarante: 40,
      cinquante: 50, soixante: 60, 'quatre-vingt': 80, 'quatre-vingts': 80,
    },
    scales: { cent: 100, cents: 100, mille: 1000, million: 1_000_000, millions: 1_000_000 },
    joiners: ['et'],
  },
};

const escape = (word: string) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Alternation of the language's number words, longest first so "quatre-vingt" wins over "quatre". */
function wordAlternation(words: NumberWords): string {
  return [...Object.keys(words.values), ...Object.keys(words.scales), ...words.joiners]
    .sort((a, b) => b.length - a.length)
    .map(escape)
    .join('|');
}

/**
 * Digits grouped by commas, spaces or no-break spaces ("13,289", "13 289", "13, 289" in some UN XML), by dots in
 * Spanish ("13.289"), or plain digits.
 */
const DIGITS = String.raw`\d{1,3}(?:(?:,\s?|[\u00a0\u202f ])\d{3})+(?!\d)|\d+`;
const DOTTED_DIGITS = String.raw`\d{1,3}(?:\.\d{3})+(?![\d.])`;
const GROUPED_BY_DOTS: readonly Language[] = ['es'];
const digitsOf = (lang: Language) => (GROUPED_BY_DOTS.includes(lang) ? `${DOTTED_DIGITS}|${DIGITS}` : DIGITS);

/**
 * A regular-expression source matching one cardinal number in the language: digits, or words ("two thousand").
 * Use inside a larger pattern; it has no capturing groups.
 */
export function numberPattern(lang: Language): string {
  const words = NUMBER_WORDS[lang];
  if (!words) return digitsOf(lang);
  const word = [...Object.keys(words.values), ...Object.keys(words.scales)]
    .sort((a, b) => b.length - a.length)
    .map(escape)
    .join('|');
  const joiner = words.joiners.map(escape).join('|');
  const wordNumber = `(?:${word})(?:[\\s-]+(?:(?:${joiner})\\s+)?(?:${word}))*`;
  return `(?:${digitsOf(lang)}|\\b${wordNumber}\\b)`;
}

/** The value of a number written in digits or words, or null when the text is not one. */
export function parseNumber(text: string, lang: Language): number | null {
  const trimmed = text.trim().toLowerCase();
  if (new RegExp(`^(?:${digitsOf(lang)})$`).test(trimmed)) return Number(trimmed.replace(/\D/g, ''));
  const words = NUMBER_WORDS[lang];
  if (!words) return null;
  let total = 0;
  let current = 0;
  const tokens = trimmed.match(new RegExp(`${wordAlternation(words)}|[^\\s-]+`, 'g')) ?? [];
  for (const token of tokens) {
    if (words.joiners.includes(token)) continue;
    if (token in words.values) current += words.values[token];
    else if (token in words.scales) {
      const scale = words.scales[token];
      // "two hundred" multiplies the current group; "thousand" closes it into the total.
      if (scale === 100) current = (current || 1) * scale;
      else {
        total += (current || 1) * scale;
        current = 0;
      }
    } else return null;
  }
  return total + current || null;
}
