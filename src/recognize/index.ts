import type { DocumentKind, Language, UNDocument } from '../model.js';
import { InputError } from '../errors.js';
import { DOCUMENT_PHRASES } from '../lang/documents.js';
import { STOPWORDS } from '../lang/stopwords.js';
import { findDates, parseDate } from '../lang/months.js';
import { LAYOUT } from '../lang/layout.js';
import { isAsciiLetter } from '../lang/characters.js';
import { furnitureKind } from '../clean/furniture.js';
import { normalizeSymbol, resolutionSymbol } from './symbols.js';

export { findSymbols, normalizeSymbol, resolutionSymbol } from './symbols.js';

/** What the document says about itself: kind, symbol, language, dates, meeting, sponsors. */
export type Recognized = Pick<UNDocument, 'kind' | 'symbol' | 'language' | 'date' | 'meeting' | 'number' | 'title' | 'sponsors'> & {
  /** the title's first line and how many lines it takes, for the structure parser to start after it */
  titleLines?: { first: string; count: number };
  warnings: string[];
};

/** The language of a document is the language of its first part: a letter may carry an annex in another. */
const LANGUAGE_SAMPLE = 1500;

/** How many lines from the top are read for titles and kind phrases. */
const CONTENT_LINES = 200;

/** The first characters of content (no page furniture, no links), to tell the language by. */
function sampleOf(lines: string[]): string {
  let sample = '';
  for (const line of lines) {
    if (sample.length >= LANGUAGE_SAMPLE) break;
    if (furnitureKind(line, 'en') === null) sample += `${line}\n`;
  }
  return sample.slice(0, LANGUAGE_SAMPLE);
}

/** How many lines from the top the cover takes (symbol, distribution, date, language, job number). */
const COVER_LINES = 15;

/** How many lines from the top the cover and the title may take. */
const HEAD_LINES = 40;

/** How many content lines from the top are looked through for the mark of a press release. */
const PRESS_RELEASE_LINES = 60;

/**
 * The content lines (no page furniture) among the first CONTENT_LINES, as many as are read: the head's and the one
 * after (titles wrap), and the press release's.
 */
function contentOf(lines: string[], lang: Language): string[] {
  const wanted = Math.max(HEAD_LINES + 1, PRESS_RELEASE_LINES);
  const content: string[] = [];
  for (let i = 0; i < Math.min(lines.length, CONTENT_LINES) && content.length < wanted; i++) {
    if (furnitureKind(lines[i], lang) === null) content.push(lines[i]);
  }
  return content;
}

/**
 * The languages told apart by function words, and each function word's languages as a bit set, keyed by the word's
 * letters read as a number: function words are short runs of ASCII letters (five at most), five bits a letter.
 */
const STOPWORD_LANGUAGES = Object.keys(STOPWORDS) as Language[];
const LETTER_BITS = 5;
const LONGEST_STOPWORD = 5;
const asciiLetterKey = (word: string) => [...word].reduce((key, letter) => (key << LETTER_BITS) | (letter.charCodeAt(0) & 0x1f), 0);
const STOPWORD_LANGUAGE_BITS = new Map<number, number>();
const STOPWORD_SHAPE = new RegExp(`^[a-z]{1,${LONGEST_STOPWORD}}$`);
for (const [index, lang] of STOPWORD_LANGUAGES.entries()) {
  for (const word of STOPWORDS[lang] ?? []) {
    if (!STOPWORD_SHAPE.test(word)) throw new Error(`a function word must be one to ${LONGEST_STOPWORD} ASCII letters: ${word}`);
    const key = asciiLetterKey(word);
    STOPWORD_LANGUAGE_BITS.set(key, (STOPWORD_LANGUAGE_BITS.get(key) ?? 0) | (1 << index));
  }
}

const NON_ASCII_LETTER = /^\p{L}$/u;

/**
 * How often each language's function words occur in the text, as whole runs of letters in any case. The runs are
 * read from character codes, without making a string of each word (that was most of the cost of telling the
 * language): a run of ASCII letters is a key, a run with any other letter is no function word.
 */
function functionWordScores(text: string): number[] {
  const scores = new Array<number>(STOPWORD_LANGUAGES.length).fill(0);
  let key = 0;
  let length = 0;
  // whether the current run of letters may still be a function word (ASCII letters only, short enough)
  let candidate = true;
  for (let i = 0; i <= text.length; i++) {
    const code = i < text.length ? text.charCodeAt(i) : 0x20;
    if (isAsciiLetter(code)) {
      key = (key << LETTER_BITS) | (code & 0x1f);
      length++;
      continue;
    }
    if (code >= 0x80) {
      const point = text.codePointAt(i) as number;
      if (point > 0xffff) i++;
      if (NON_ASCII_LETTER.test(String.fromCodePoint(point))) {
        candidate = false;
        length++;
        continue;
      }
    }
    if (length > 0 && candidate && length <= LONGEST_STOPWORD) {
      const languages = STOPWORD_LANGUAGE_BITS.get(key) ?? 0;
      for (let index = 0; index < scores.length; index++) scores[index] += (languages >>> index) & 1;
    }
    key = 0;
    length = 0;
    candidate = true;
  }
  return scores;
}

/** Latin letters among the first 256 code points (A–Z, a–z, À–ÿ) as 1, other characters as 0. */
const LATIN_1_LETTERS = Uint8Array.from({ length: 0x100 }, (_, code) =>
  (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a) || code >= 0xc0 ? 1 : 0,
);

/** Characters of each script the language is told by (Latin: A–Z, a–z, À–ÿ), counted without matching. */
function countScripts(text: string): { han: number; arabic: number; cyrillic: number; latin: number } {
  const counts = { han: 0, arabic: 0, cyrillic: 0, latin: 0 };
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    // Letters and other characters alternate without pattern: added from a table, they cost no mispredicted branch.
    if (code < 0x100) counts.latin += LATIN_1_LETTERS[code];
    else if (code >= 0x4e00 && code <= 0x9fff) counts.han++;
    else if (code >= 0x0600 && code <= 0x06ff) counts.arabic++;
    else if (code >= 0x0400 && code <= 0x04ff) counts.cyrillic++;
  }
  return counts;
}

/** The language of a text, by its script and, for Latin script, by its function words. */
export function detectLanguage(text: string): Language {
  const sample = text.slice(0, 6000);
  const { han, arabic, cyrillic, latin } = countScripts(sample);
  // A Han character carries about as much as a Latin word.
  const scripts: [Language | 'latin', number][] = [['zh', han * 4], ['ar', arabic], ['ru', cyrillic], ['latin', latin]];
  const [script] = scripts.sort((a, b) => b[1] - a[1])[0];
  if (script !== 'latin') return script;
  const scores = functionWordScores(sample);
  let best: Language = 'en';
  let bestScore = -1;
  for (const [index, lang] of STOPWORD_LANGUAGES.entries()) {
    if (scores[index] > bestScore) [best, bestScore] = [lang, scores[index]];
  }
  return best;
}

interface HeadLine {
  text: string;
  index: number;
  /** how many lines the text spans */
  span: number;
}

/** Lines of the head, each also joined with the next (titles wrap). */
function headCandidates(lines: string[], lang: Language): HeadLine[] {
  const out: HeadLine[] = [];
  const joiner = LAYOUT[lang].joinWithoutSpace ? '' : ' ';
  for (let i = 0; i < Math.min(lines.length, HEAD_LINES); i++) {
    out.push({ text: lines[i], index: i, span: 1 });
    if (i + 1 < lines.length) out.push({ text: lines[i] + joiner + lines[i + 1], index: i, span: 2 });
  }
  return out;
}

/**
 * Reads the cover and title of a document (its first lines, page furniture included: the symbol is printed there).
 * `lines` are the document's non-empty lines, trimmed.
 */
export function recognize(lines: string[], language?: Language): Recognized {
  const lang = language ?? detectLanguage(sampleOf(lines));
  const phrases = DOCUMENT_PHRASES[lang];
  const english = DOCUMENT_PHRASES.en;
  // Titles are found among content lines: a barcode or job number joined to the title would hide it.
  const content = contentOf(lines, lang);
  const head = headCandidates(content, lang);
  // A title on one line beats one read across two, which may have swallowed the line above.
  // (The second pass skips the one-line candidates: the first has tried them all.)
  const find = (pattern: RegExp) => head.find((c) => c.span === 1 && pattern.test(c.text)) ?? head.find((c) => c.span === 2 && pattern.test(c.text));
  const findAny = (pick: (p: typeof phrases) => RegExp) => find(pick(phrases)) ?? (lang === 'en' ? undefined : find(pick(english)));
  const warnings: string[] = [];

  const resolutionTitle = findAny((p) => p.resolutionTitle);
  const adopted = findAny((p) => p.adoptedAt);

  const coverSymbol = coverSymbolOf(lines);
  let kind: DocumentKind;
  let number: number | undefined;
  let symbol: string | null = null;
  // The title printed first says what the document is: a letter may carry a resolution as its annex.
  // A kind's title is looked for only when needed (once): the cover symbol of a resolution settles its kind, and
  // the draft-resolution pattern is slow to fail on the long lines of clean text.
  const finders: [DocumentKind, () => HeadLine | undefined][] = [
    ['presidential-statement', () => findAny((p) => p.presidentialStatement)],
    ['resolution', () => resolutionTitle ?? adopted],
    ['draft-resolution', () => findAny((p) => p.draftResolution)],
    ['sg-report', () => findAny((p) => p.sgReport)],
    ['letter', () => findAny((p) => p.letter)],
  ];
  const titles = new Map<DocumentKind, HeadLine | undefined>();
  const titleOf = (wanted: DocumentKind): HeadLine | undefined => {
    if (!titles.has(wanted)) titles.set(wanted, finders.find(([candidateKind]) => candidateKind === wanted)?.[1]());
    return titles.get(wanted);
  };
  if (coverSymbol?.startsWith('S/PRST/')) kind = 'presidential-statement';
  else if (coverSymbol?.startsWith('S/RES/')) kind = 'resolution';
  // A meeting record names reports and letters in its agenda: its cover symbol says what it is, none of the kinds above.
  else if (coverSymbol?.startsWith('S/PV.')) kind = 'other';
  else {
    const found = finders.map(([candidateKind]) => candidateKind).filter((k) => titleOf(k) !== undefined);
    // A stable sort: of two titles on one line, the kind listed first wins.
    const [first] = found.sort((x, y) => titleOf(x)!.index - titleOf(y)!.index);
    if (first) kind = first;
    else if (coverSymbol) kind = 'other';
    else if (content.slice(0, PRESS_RELEASE_LINES).some((l) => phrases.pressRelease.test(l) || english.pressRelease.test(l))) kind = 'press-release';
    else {
      const councilNamed = lines.some((l) => phrases.council.test(l) || english.council.test(l));
      if (!councilNamed) throw new InputError('not a Security Council document: no UN symbol and no mention of the Security Council');
      kind = 'other';
    }
  }
  const title = titleOf(kind);
  const titleLine = title?.index;
  if (kind === 'resolution' && resolutionTitle) {
    const m = phrases.resolutionTitle.exec(resolutionTitle.text) ?? english.resolutionTitle.exec(resolutionTitle.text);
    if (m) {
      number = Number(m[1]);
      symbol = resolutionSymbol(m[1], m[2]);
    }
  }

  symbol ??= coverSymbol ?? ownSymbol(lines, kind);
  if (kind === 'resolution' && symbol) number ??= Number(/S\/RES\/(\d+)/.exec(symbol)?.[1]);

  const meetingMatch = adopted && (phrases.adoptedAt.exec(adopted.text) ?? english.adoptedAt.exec(adopted.text));
  const meeting = meetingMatch?.[1] ? Number(meetingMatch[1]) : null;

  let date = adopted ? dateIn(adopted.text, lang) : null;
  date ??= titleLine !== undefined && kind === 'letter' ? dateIn(content[titleLine] + (content[titleLine + 1] ?? ''), lang) : null;
  date ??= coverDate(content, titleLine ?? Math.min(content.length, 12), lang);
  if (!date && (kind === 'sg-report' || kind === 'press-release')) {
    date = latestDate(lines, lang);
    if (date) warnings.push(`no date on the cover: dated ${date}, the latest past date the text mentions`);
  }

  const recognized: Recognized = { kind, symbol, language: lang, date, meeting, warnings };
  if (number) recognized.number = number;
  if (kind === 'draft-resolution' && title) {
    const sponsors = (phrases.draftResolution.exec(title.text) ?? english.draftResolution.exec(title.text))?.[1];
    if (sponsors) recognized.sponsors = splitSponsors(sponsors, lang);
  }
  if (title) recognized.titleLines = { first: content[title.index], count: title.span };
  if ((kind === 'sg-report' || kind === 'letter') && title) recognized.title = title.text;
  return recognized;
}

const dateIn = (text: string, lang: Language) => parseDate(text, lang) ?? (lang === 'en' ? null : parseDate(text, 'en'));

/** The date printed on the cover, above the title. */
function coverDate(lines: string[], before: number, lang: Language): string | null {
  for (let i = 0; i < Math.min(before, HEAD_LINES); i++) {
    const date = dateIn(lines[i], lang);
    if (date) return date;
  }
  return null;
}

/** The latest date the text mentions as past or present: not one it looks ahead to ("until 30 June 2018"). */
function latestDate(lines: string[], lang: Language): string | null {
  const ahead = DOCUMENT_PHRASES[lang].futureMarkers;
  const text = lines.join(' ');
  let latest: string | null = null;
  for (const d of findDates(text, lang)) {
    if (ahead.test(text.slice(Math.max(0, d.span[0] - 30), d.span[0]))) continue;
    if (!latest || d.iso > latest) latest = d.iso;
  }
  return latest;
}

/** The symbol a line holds by itself, as in the cover's "United Nations S/2017/558" or a page header. */
function symbolAlone(line: string): string | null {
  return normalizeSymbol(line.replace(/^(?:United Nations|Nations Unies|Naciones Unidas|Организация Объединенных Наций|联\s*合\s*国|الأمم المتحدة)\s+/, ''));
}

/** The first symbol the cover holds on a line by itself. */
function coverSymbolOf(lines: string[]): string | null {
  for (let i = 0; i < Math.min(lines.length, COVER_LINES); i++) {
    const symbol = symbolAlone(lines[i]);
    if (symbol !== null) return symbol;
  }
  return null;
}

/** The document's own symbol: a line of its own on the cover, or repeated in the page headers. */
function ownSymbol(lines: string[], kind: DocumentKind): string | null {
  const counts = new Map<string, number>();
  lines.forEach((line, i) => {
    const alone = symbolAlone(line);
    if (alone) counts.set(alone, (counts.get(alone) ?? 0) + (i < HEAD_LINES ? 10 : 1));
  });
  const ranked = [...counts].sort((a, b) => b[1] - a[1]);
  if (kind === 'resolution') return ranked.find(([s]) => s.startsWith('S/RES/'))?.[0] ?? ranked[0]?.[0] ?? null;
  return ranked[0]?.[0] ?? null;
}

/**
 * "France, Germany and United Kingdom of Great Britain and Northern Ireland" → three sponsors; names that
 * contain the word for "and" ("Trinidad and Tobago") stay whole. Lists in English are read in any document
 * (the UN writes its workflow records in English).
 */
export function splitSponsors(text: string, lang: Language): string[] {
  const languages = [...new Set([lang, 'en' as Language])];
  const ands = languages.map((l) => DOCUMENT_PHRASES[l].and);
  const endings = languages.flatMap((l) => DOCUMENT_PHRASES[l].compoundNameEndings);
  const pieces = text.split(new RegExp(`\\s*[,，、;،]\\s*|\\s+(?:${ands.join('|')})\\s+(?=\\p{Lu}|the\\s)`, 'u')).filter(Boolean);
  const sponsors: string[] = [];
  // A piece that ends a country's own name ("Herzegovina", "Northern Ireland") goes back to the piece before.
  for (const piece of pieces) {
    const last = sponsors.length - 1;
    if (last >= 0 && endings.some((ending) => piece.startsWith(ending))) {
      sponsors[last] += ` ${ands.find((and) => text.includes(`${sponsors[last]} ${and} ${piece}`)) ?? ands[0]} ${piece}`;
    } else {
      sponsors.push(piece.trim());
    }
  }
  return sponsors;
}
