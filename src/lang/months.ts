import type { Language } from '../model.js';
import escapeRegExp from 'escape-string-regexp';

/** Month names as printed in UN documents, January first, lower case (genitive forms for Russian). */
export const MONTHS: Record<Language, readonly string[]> = {
  en: ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'],
  fr: ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'],
  es: ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'],
  ru: ['января', 'февраля', 'марта', 'апреля', 'мая', 'июня', 'июля', 'августа', 'сентября', 'октября', 'ноября', 'декабря'],
  zh: ['1月', '2月', '3月', '4月', '5月', '6月', '7月', '8月', '9月', '10月', '11月', '12月'],
  ar: ['يناير', 'فبراير', 'مارس', 'أبريل', 'مايو', 'يونيه', 'يوليه', 'أغسطس', 'سبتمبر', 'أكتوبر', 'نوفمبر', 'ديسمبر'],
};

/** Other spellings met in print, mapped to the month number (1–12). */
const MONTH_VARIANTS: Partial<Record<Language, Record<string, number>>> = {
  es: { setiembre: 9 },
  ar: { 'يونيو': 6, 'يوليو': 7, 'كانون الثاني': 1, 'شباط': 2, 'آذار': 3, 'نيسان': 4, 'أيار': 5, 'حزيران': 6, 'تموز': 7, 'آب': 8, 'أيلول': 9, 'تشرين الأول': 10, 'تشرين الثاني': 11, 'كانون الأول': 12 },
  fr: { fevrier: 2, aout: 8, decembre: 12 },
  // the prepositional case of a month named without a day: "в сентябре 2021 года"
  ru: { январе: 1, феврале: 2, марте: 3, апреле: 4, мае: 5, июне: 6, июле: 7, августе: 8, сентябре: 9, октябре: 10, ноябре: 11, декабре: 12 },
};

export interface FoundDate {
  /** ISO YYYY-MM-DD */
  iso: string;
  span: [number, number];
}

const pad = (n: number) => String(n).padStart(2, '0');

function isValidDay(year: number, month: number, day: number): boolean {
  return day >= 1 && day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function monthNumber(word: string, lang: Language): number {
  const lower = word.toLowerCase();
  const index = MONTHS[lang].indexOf(lower);
  return index >= 0 ? index + 1 : (MONTH_VARIANTS[lang]?.[lower] ?? 0);
}

/** The language's month names and their variants as an alternation, longest first. */
function monthNames(lang: Language): string {
  return [...MONTHS[lang], ...Object.keys(MONTH_VARIANTS[lang] ?? {})]
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp)
    .join('|');
}

const patterns = new Map<Language, RegExp>();

/** "29 June 2017", "29 juin 2017", "29 de junio de 2017", "29 июня 2017 года", "2017年6月29日", "29 حزيران/يونيه 2017". */
function datePattern(lang: Language): RegExp {
  let pattern = patterns.get(lang);
  if (pattern) return pattern;
  if (lang === 'zh') {
    pattern = /(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/gu;
  } else {
    const names = monthNames(lang);
    // Arabic prints "حزيران/يونيه": the Levantine and the Egyptian name joined by a slash.
    const month = lang === 'ar' ? `(?:(?:${names})\\s*/\\s*)?(${names})` : `(${names})`;
    // "29 de junio de 2020"; in English also "the 1st of October 2004"
    const of = lang === 'es' ? '(?:\\s+de)?' : lang === 'en' ? '(?:\\s+of)?' : '';
    const ordinal = lang === 'en' ? '(?:st|nd|rd|th)?' : '(?:er|º)?';
    // "31January 2021": the UN's own XML sometimes drops the space after the day
    const dayFirst = `(?<![\\p{L}\\d])(\\d{1,2})${ordinal}${of}\\s*${month}${of}\\s+(\\d{4})(?!\\d)`;
    // "April 30, 2010": the month first, as some English texts print it
    const monthFirst = lang === 'en' ? `|(?<![\\p{L}])(${names})\\s+(\\d{1,2}),?\\s+(\\d{4})(?!\\d)` : '';
    pattern = new RegExp(dayFirst + monthFirst, 'giu');
  }
  patterns.set(lang, pattern);
  return pattern;
}

/** Every date pattern has a year of four digits: most lines have none, and the patterns are slow to fail. */
const YEAR = /\d{4}/;

/** Every full date (day, month, year) in the text, in order. */
export function findDates(text: string, lang: Language): FoundDate[] {
  return datesIn(text, lang, Infinity);
}

/** The first `limit` full dates in the text, in order: the patterns stop looking once they are found. */
function datesIn(text: string, lang: Language, limit: number): FoundDate[] {
  const found: FoundDate[] = [];
  if (!YEAR.test(text)) return found;
  for (const m of text.matchAll(datePattern(lang))) {
    const [year, month, day] =
      lang === 'zh'
        ? [Number(m[1]), Number(m[2]), Number(m[3])]
        : m[1] !== undefined
          ? [Number(m[3]), monthNumber(m[2], lang), Number(m[1])]
          : [Number(m[6]), monthNumber(m[4], lang), Number(m[5])];
    if (month && isValidDay(year, month, day)) {
      found.push({ iso: `${year}-${pad(month)}-${pad(day)}`, span: [m.index, m.index + m[0].length] });
      if (found.length === limit) break;
    }
  }
  return found;
}

export interface FoundMonthYear {
  year: number;
  /** 1–12 */
  month: number;
  span: [number, number];
}

const monthYearPatterns = new Map<Language, RegExp>();

/** "February 2020", "septembre 2021", "февраля 2020 года", "2020年2月": a month with its year and no day. */
export function findMonthYears(text: string, lang: Language): FoundMonthYear[] {
  let pattern = monthYearPatterns.get(lang);
  if (!pattern) {
    const names = monthNames(lang);
    // Chinese puts the year first, and a day after the month ("2020年2月29日") makes it a date
    pattern =
      lang === 'zh'
        ? /(?<year>\d{4})\s*年\s*(?<month>\d{1,2}\s*月)(?!\s*\d{1,2}\s*日)/gu
        : new RegExp(`(?<![\\p{L}])(?<month>${names})\\s+(?:de\\s+)?(?<year>\\d{4})(?!\\d)`, 'giu');
    monthYearPatterns.set(lang, pattern);
  }
  const found: FoundMonthYear[] = [];
  for (const m of text.matchAll(pattern)) {
    // "31 July 2021" is a date, not a month.
    if (/\d\s*(?:er\s+|de\s+)?$/u.test(text.slice(Math.max(0, m.index - 6), m.index))) continue;
    // "2 月" is "2月"; the Levantine names keep their space ("كانون الأول")
    const month = monthNumber(m.groups!.month.replace(/(\d)\s+/g, '$1'), lang);
    if (month) found.push({ year: Number(m.groups!.year), month, span: [m.index, m.index + m[0].length] });
  }
  return found;
}

/** The first full date in the text, as ISO YYYY-MM-DD, or null. */
export function parseDate(text: string, lang: Language = 'en'): string | null {
  return datesIn(text, lang, 1)[0]?.iso ?? null;
}
