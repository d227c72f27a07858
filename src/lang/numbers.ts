import type { Language } from '../model.js';
import { LAYOUT } from './layout.js';
import escapeRegExp from 'escape-string-regexp';

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
  // Russian counts in the case the phrase calls for: "три месяца", "в течение трех месяцев", "через шестьдесят дней".
  ru: {
    values: {
      один: 1, одна: 1, одну: 1, одного: 1, два: 2, две: 2, двух: 2, три: 3, трех: 3, трёх: 3, четыре: 4, четырех: 4,
      пять: 5, пяти: 5, шесть: 6, шести: 6, семь: 7, семи: 7, восемь: 8, восьми: 8, девять: 9, девяти: 9, десять: 10, десяти: 10,
      одиннадцать: 11, двенадцать: 12, двенадцати: 12, пятнадцать: 15, пятнадцати: 15, восемнадцать: 18, восемнадцати: 18,
      двадцать: 20, двадцати: 20, тридцать: 30, тридцати: 30, сорок: 40, сорока: 40, пятьдесят: 50, пятидесяти: 50,
      шестьдесят: 60, шестидесяти: 60, девяносто: 90, девяноста: 90, двести: 200, триста: 300, пятьсот: 500,
    },
    scales: { сто: 100, ста: 100, тысяча: 1000, тысячи: 1000, тысяч: 1000 },
    joiners: ['и'],
  },
  // Chinese composes tens and hundreds: "十二" 12, "二十" 20, "一百二十" 120; "两" is two before a measure word.
  zh: {
    values: { 一: 1, 两: 2, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 },
    scales: { 十: 10, 百: 100, 千: 1000, 万: 10_000 },
    joiners: ['零'],
  },
  // Arabic counts in the masculine or feminine, nominative or oblique: "ثلاثة أشهر", "اثني عشر شهرا", "تسعين يوما".
  ar: {
    values: {
      واحد: 1, واحدة: 1, أحد: 1, اثنان: 2, اثنين: 2, اثنا: 2, اثني: 2, ثلاثة: 3, ثلاث: 3, أربعة: 4, أربع: 4, خمسة: 5, خمس: 5,
      ستة: 6, ست: 6, سبعة: 7, سبع: 7, ثمانية: 8, ثماني: 8, تسعة: 9, تسع: 9, عشرة: 10, عشر: 10,
      عشرون: 20, عشرين: 20, ثلاثون: 30, ثلاثين: 30, أربعون: 40, أربعين: 40, خمسون: 50, خمسين: 50, ستون: 60, ستين: 60,
      تسعون: 90, تسعين: 90,
    },
    scales: { مائة: 100, مئة: 100, ألف: 1000, آلاف: 1000 },
    joiners: ['و'],
  },
};

/** Alternation of the language's number words, longest first so "quatre-vingt" wins over "quatre". */
function wordAlternation(words: NumberWords): string {
  return [...Object.keys(words.values), ...Object.keys(words.scales), ...words.joiners]
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp)
    .join('|');
}

/**
 * Digits grouped by commas, spaces or no-break spaces ("13,289", "13 289", "13, 289" in some UN XML), by dots in
 * Spanish ("13.289"), or plain digits. Arabic text stores the groups of a number the other way round, as they
 * appear right to left: "289 13" is 13,289.
 */
const DIGITS = String.raw`\d{1,3}(?:(?:,\s?|[\u00a0\u202f ])\d{3})+(?!\d)|\d+`;
const DOTTED_DIGITS = String.raw`\d{1,3}(?:\.\d{3})+(?![\d.])`;
const REVERSED_DIGITS = String.raw`(?<!\d)\d{3}(?:[\u00a0\u202f ]\d{3})*[\u00a0\u202f ]\d{1,3}(?!\d)`;
const GROUPED_BY_DOTS: readonly Language[] = ['es'];
const GROUPS_REVERSED: readonly Language[] = ['ar'];
const WHOLE_REVERSED_DIGITS = new RegExp(`^(?:${REVERSED_DIGITS})$`);
function digitsOf(lang: Language): string {
  if (GROUPED_BY_DOTS.includes(lang)) return `${DOTTED_DIGITS}|${DIGITS}`;
  return GROUPS_REVERSED.includes(lang) ? `${REVERSED_DIGITS}|${DIGITS}` : DIGITS;
}

/**
 * A regular-expression source matching one cardinal number in the language: digits, or words ("two thousand").
 * Use inside a larger pattern with the `u` flag (word edges are Unicode letters); it has no capturing groups.
 */
export function numberPattern(lang: Language): string {
  const words = NUMBER_WORDS[lang];
  if (!words) return digitsOf(lang);
  const word = [...Object.keys(words.values), ...Object.keys(words.scales)]
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp)
    .join('|');
  const joiner = words.joiners.map(escapeRegExp).join('|');
  // Chinese number words stand between other characters ("每三个月"); elsewhere they are words, whose edges `\b`
  // sees in ASCII only ("три", "ثلاثة" need Unicode letters around them).
  const unspaced = LAYOUT[lang].joinWithoutSpace;
  const [space, joinerSpace] = unspaced ? ['', ''] : ['[\\s-]+', '\\s+'];
  const wordNumber = `(?:${word})(?:${space}(?:(?:${joiner})${joinerSpace})?(?:${word}))*`;
  return unspaced ? `(?:${digitsOf(lang)}|${wordNumber})` : `(?:${digitsOf(lang)}|(?<![\\p{L}\\d])${wordNumber}(?![\\p{L}\\d]))`;
}

/* parseNumber's patterns, made once per language: it reads every ceiling and every period. */
const wholeDigits = new Map<Language, RegExp>();
const numberTokens = new Map<Language, RegExp>();

function wholeDigitsOf(lang: Language): RegExp {
  let pattern = wholeDigits.get(lang);
  if (!pattern) wholeDigits.set(lang, (pattern = new RegExp(`^(?:${digitsOf(lang)})$`)));
  return pattern;
}

/** A number's words, or any other run of letters: global, read with `match` (which starts from the beginning). */
function numberTokensOf(lang: Language, words: NumberWords): RegExp {
  let pattern = numberTokens.get(lang);
  if (!pattern) numberTokens.set(lang, (pattern = new RegExp(`${wordAlternation(words)}|[^\\s-]+`, 'g')));
  return pattern;
}

/** The value of a number written in digits or words, or null when the text is not one. */
export function parseNumber(text: string, lang: Language): number | null {
  const trimmed = text.trim().toLowerCase();
  if (GROUPS_REVERSED.includes(lang) && WHOLE_REVERSED_DIGITS.test(trimmed)) {
    return Number(trimmed.split(/\D+/).reverse().join(''));
  }
  if (wholeDigitsOf(lang).test(trimmed)) return Number(trimmed.replace(/\D/g, ''));
  const words = NUMBER_WORDS[lang];
  if (!words) return null;
  let total = 0;
  let current = 0;
  let last = 0;
  const tokens = trimmed.match(numberTokensOf(lang, words)) ?? [];
  for (const token of tokens) {
    if (words.joiners.includes(token)) continue;
    if (token in words.values) {
      last = words.values[token];
      current += last;
    } else if (token in words.scales) {
      const scale = words.scales[token];
      // "two hundred", "二十" multiply the word before them ("一百二十": 100 + 2 × 10); "thousand" closes the group into the total.
      if (scale < 1000) {
        current += (last || 1) * scale - last;
        last = current;
      } else {
        total += (current || 1) * scale;
        current = 0;
        last = 0;
      }
    } else return null;
  }
  return total + current || null;
}
