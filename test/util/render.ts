/**
 * Test utility: a document model printed back to plain text, either clean (like a text copy of the resolution)
 * or damaged the way PDF extraction damages it (hard wraps, page furniture, split words, link lines).
 * Deterministic for a given seed. Nothing emitted here needs knowledge of the document to undo:
 * all damage is of kinds real extracted UN text shows.
 */
import { COVER_WORDS, formatDate } from '../../src/lang/cover.js';
import type { Item, Language, UNDocument } from '../../src/model.js';
import { LAYOUT } from '../../src/lang/layout.js';
import { findSymbols } from '../../src/recognize/symbols.js';
import { seededRandom } from './random.js';

/** A block of text: one paragraph, item or cover line. */
interface Block {
  text: string;
  /** printed flush left even in degraded output (cover lines, headings) */
  flush?: boolean;
  /** set off by a line holding one space before and after, as extraction prints headings and item titles */
  spaced?: boolean;
  /** set on a line of its own in print, not justified: extraction does not split its words */
  intact?: boolean;
}

const ORIGINAL: Partial<Record<Language, string>> = { en: 'Original: English', fr: 'Original : français' };
/** How a paragraph number is printed: "12.", in Arabic "12 -". */
const NUMBERED: Record<Language, (num: string) => string> = { en: dotted, fr: dotted, es: dotted, ru: dotted, zh: dotted, ar: (num) => `${num} -` };
function dotted(num: string): string {
  return `${num}.`;
}
const JOB_LETTER: Record<Language, string> = { en: 'E', fr: 'F', es: 'S', ru: 'R', zh: 'C', ar: 'A' };

/** The cover's top lines (symbol, distribution, date), printed in the page header of a PDF. */
function coverHeader(doc: UNDocument): string[] {
  return [doc.symbol ?? '', COVER_WORDS[doc.language].distribution, doc.date ? formatDate(doc.date, doc.language) : ''].filter(Boolean);
}

/** The cover's titles: "Resolution N (YYYY)", the adoption line, a statement's title. */
function coverTitles(doc: UNDocument): Block[] {
  const words = COVER_WORDS[doc.language];
  const lines: string[] = [];
  if (doc.kind === 'resolution' && doc.number && doc.date) {
    lines.push(words.resolution(doc.number, doc.date.slice(0, 4)));
    lines.push(words.adopted(formatDate(doc.date, doc.language), doc.meeting ?? undefined));
  }
  if (doc.title) lines.push(doc.title);
  return lines.map((text) => ({ text, flush: true, spaced: true }));
}

function itemBlocks(items: Item[], dash: string): Block[] {
  const blocks: Block[] = [];
  for (const item of items) {
    const num = item.num === '-' ? dash : item.num;
    const head = item.title ?? item.text;
    blocks.push({ text: [num, head].filter(Boolean).join(' '), spaced: item.title !== undefined });
    if (item.title !== undefined && item.text) blocks.push({ text: item.text });
    blocks.push(...itemBlocks(item.items, dash));
  }
  return blocks;
}

function contentBlocks(doc: UNDocument, dash: string): Block[] {
  const blocks: Block[] = [];
  if (doc.formula) blocks.push({ text: doc.formula, intact: true });
  for (const paragraph of doc.preamble) blocks.push({ text: paragraph.text });
  for (const node of doc.body) {
    if (node.type === 'heading') {
      blocks.push({ text: [node.num && NUMBERED[doc.language](node.num), node.text].filter(Boolean).join(' '), flush: true, spaced: true });
      continue;
    }
    blocks.push({ text: node.num ? `${node.num}. ${node.text}`.trimEnd() : node.text });
    blocks.push(...itemBlocks(node.items, dash));
  }
  for (const annex of doc.annexes ?? []) {
    blocks.push({ text: [COVER_WORDS[doc.language].annex, annex.num].filter(Boolean).join(' '), flush: true, spaced: true });
    if (annex.title) blocks.push({ text: annex.title, flush: true, spaced: true });
    for (const line of annex.lines) blocks.push({ text: line });
  }
  return blocks.filter((block) => block.text);
}

/** The document as clean text: cover lines, formula, then one blank-line-separated block per paragraph or item. */
export function renderClean(doc: UNDocument): string {
  return [...coverHeader(doc), ...[...coverTitles(doc), ...contentBlocks(doc, '-')].map((block) => block.text)].join('\n\n') + '\n';
}


/** A stable seed from a name (a file name), for per-file reproducible damage. */
export function seedOf(name: string): number {
  let hash = 2166136261;
  for (const char of name) hash = Math.imul(hash ^ char.charCodeAt(0), 16777619);
  return hash >>> 0;
}

export interface DegradeOptions {
  /** column to wrap at; chosen in 80–90 from the seed when absent */
  width?: number;
  /** content lines per page; about 45 when absent */
  pageLines?: number;
}

/**
 * The document as PDF extraction returns it: hard-wrapped at 80–90 columns with a leading space on each
 * paragraph's first line, page furniture at page breaks (symbol, job number, page counter in both orders,
 * barcode, "Please recycle"), undocs.org links of the symbols cited on a page dumped at its end,
 * sometimes a blank line after every line, dashes as "–" or bullets "•", about 1 word in 300 (of 5 letters
 * or more) split by a space, sometimes a space before the hyphen of a compound, straight or typographic quotes.
 */
export function renderDegraded(doc: UNDocument, seed: number, options: DegradeOptions = {}): string {
  const next = seededRandom(seed);
  const width = options.width ?? 80 + Math.floor(next() * 11);
  const pageLines = options.pageLines ?? 42 + Math.floor(next() * 7);
  const dash = next() < 0.5 ? '–' : '•';
  const straightQuotes = next() < 0.5;
  const doubleSpaced = next() < 0.4;
  const job = `${(doc.date ?? '2000').slice(2, 4)}-${String(10000 + Math.floor(next() * 89999)).padStart(5, '0')}`;
  const jobDigits = job.replace('-', '');

  const damage = (text: string): string => {
    let out = text.replace(/(?<=\p{L})-(?=\p{L})/gu, (hyphen) => (next() < 0.2 ? ` ${hyphen}` : hyphen));
    out = out.replace(/\p{L}{5,}/gu, (word) => {
      if (next() >= 1 / 300) return word;
      const at = 2 + Math.floor(next() * (word.length - 3));
      return `${word.slice(0, at)} ${word.slice(at)}`;
    });
    if (straightQuotes) out = out.replace(/[“”]/g, '"').replace(/[‘’]/g, "'");
    return out;
  };

  // Chinese prints without spaces between words and wraps between any two characters (never inside a Latin word
  // or a number), at about half as many full-width characters as Latin ones.
  const cjk = LAYOUT[doc.language].joinWithoutSpace;
  const tokensOf = (text: string) => (cjk ? (text.match(/[\x21-\x7e]+| +|[^]/gu) ?? []) : text.split(' '));
  const limit = cjk ? Math.floor(width / 2) : width;
  const joiner = cjk ? '' : ' ';

  const wrap = (block: Block): string[] => {
    // Cover lines, headings and the formula stand on lines of their own, which extraction keeps whole.
    const tokens = tokensOf(block.flush || block.intact ? block.text : damage(block.text));
    const lines: string[] = [];
    let line = block.flush ? '' : ' ';
    for (const token of tokens) {
      if (line.trim() && line.length + joiner.length + token.length > limit) {
        lines.push(`${line} `);
        line = token.trim() ? token : '';
      } else {
        line = line.trim() ? `${line}${joiner}${token}` : `${line}${token}`;
      }
    }
    if (line.trim()) lines.push(`${line}  `);
    return block.spaced ? [' ', ...lines, ' '] : lines;
  };

  const header = [` United Nations  ${doc.symbol ?? ''} `, `Security Council  ${COVER_WORDS[doc.language].distribution} `];
  if (doc.date) header.push(`${formatDate(doc.date, doc.language)} `);
  const original = ORIGINAL[doc.language];
  if (original) header.push(`${original} `);
  const contentLines = [...coverTitles(doc), ...contentBlocks(doc, dash)].flatMap(wrap);

  const pages: string[][] = [];
  for (let start = 0; start < contentLines.length; start += pageLines) pages.push(contentLines.slice(start, start + pageLines));
  const total = Math.max(pages.length, 1);
  // Links are dumped by the extractor as they are, never double-spaced.
  const output: { text: string; link?: boolean }[] = [];
  const push = (...lines: string[]) => output.push(...lines.map((text) => ({ text })));
  pages.forEach((lines, index) => {
    const page = index + 1;
    if (page === 1) push(...header, ' ', `${job} (${JOB_LETTER[doc.language]})    `, `*${jobDigits}* `, ' ');
    else push(' ', `${doc.symbol ?? ''} `, ' ', page % 2 === 0 ? `${job} ${page}/${total} ` : `${page}/${total} ${job} `, ' ');
    push(...lines);
    const cited = [...new Set(findSymbols(lines.join(' ')).map((found) => found.symbol))].filter((s) => /^S\/(RES|PRST)\//.test(s) && s !== doc.symbol);
    push('', ' ');
    output.push(...cited.map((symbol) => ({ text: `https://undocs.org/${symbol.replace(/ /g, '')}`, link: true })));
    if (page === 1) push('', 'Please recycle ');
    push('', '');
  });
  return output.map((line) => (doubleSpaced && !line.link ? `${line.text}\n` : line.text)).join('\n') + '\n';
}
