import type { Language } from '../model.js';
import { lexicon, type Lexicon } from '../lang/lexicon/index.js';
import { SINGLE_LETTER_WORDS } from '../lang/layout.js';
import type { CleanLine } from './types.js';
import { HashTable, hashPair } from './hashing.js';
import { DocumentTokens, TokenList } from './tokens.js';

/** Shorter sequences recur as fragments of split words ("th e"): only the lexicon knows them. */
const MIN_DOCUMENT_WORD = 4;
/** Words ranked above this by frequency are the language's commonest ("of", "the", "its"). */
const COMMON_RANK = 150;
/** Word shapes kept per language before the cache starts again (a long-running server reads without end). */
const MAX_SHAPES = 1 << 16;

/** A word as its language knows it, whatever the document: its lower case and hashes, its rank in the lexicon. */
export interface WordShape {
  lower: string;
  a: number;
  b: number;
  /** frequency rank in the lexicon; -1 when the lexicon lacks the word */
  rank: number;
  /** a one-letter word of the language */
  single: boolean;
  /** one of the language's commonest words (or a one-letter word) */
  isCommon: boolean;
}

const shapeCaches = new Map<Language, Map<string, WordShape>>();

/**
 * Which letter sequences are words: the language's lexicon, plus words the document itself uses more than once
 * (names, acronyms). A fragment of a split word ("ist" of "terror ist") occurs once, so it is not a word.
 */
export class Vocabulary {
  private readonly lines: readonly (CleanLine | string)[];
  /**
   * The document's lines joined by spaces, made on the first question that needs it (clean text may ask none):
   * one flat string, which scans read fastest. Words never span a space, so its words are the lines' words.
   */
  private joined: string | undefined;
  /** the document's tokens and words, read on the first question that needs them */
  private reading: Reading | undefined;
  /** the document in lower case, built on the first count of word pairs (rarely needed) */
  private lowerText: string | undefined;
  private readonly lexicon: Lexicon;
  private readonly singles: ReadonlySet<string>;
  private readonly shapes: Map<string, WordShape>;

  /**
   * The document's lines. Extraction damage (split words, stray spaces) is repaired only in hard-wrapped text,
   * which an extractor may have damaged: clean text, a paragraph to a line, is left as it is written.
   */
  constructor(
    lines: Iterable<CleanLine | string>,
    readonly lang: Language,
    private readonly options: { hardWrapped: boolean } = { hardWrapped: true },
  ) {
    this.lexicon = lexicon(lang);
    this.singles = new Set(SINGLE_LETTER_WORDS[lang]);
    this.lines = [...lines];
    let shapes = shapeCaches.get(lang);
    if (!shapes || shapes.size > MAX_SHAPES) shapeCaches.set(lang, (shapes = new Map()));
    this.shapes = shapes;
  }

  /** Whether the text may carry extraction damage: it is hard-wrapped (PDF, text extracted from PDF). */
  get repairsDamage(): boolean {
    return this.options.hardWrapped;
  }

  /** Whether split and glued words are to be repaired: the text may have them, and the language has a lexicon. */
  get repairsWords(): boolean {
    return this.options.hardWrapped && this.hasLexicon;
  }

  private get text(): string {
    return (this.joined ??= this.lines.map((line) => (typeof line === 'string' ? line : line.text)).join(' '));
  }

  private get read(): Reading {
    if (!this.reading) {
      this.reading = readTokens(this, this.text, this.lines);
      // Which words are words here is known once the words are counted.
      this.reading.distinct.settleWordStates();
    }
    return this.reading;
  }

  private get wordCounts(): HashTable {
    return this.read.words;
  }

  /** The document's distinct tokens, and all its tokens in order (the lines joined by spaces). */
  get tokens(): { distinct: DocumentTokens; list: TokenList } {
    const { distinct, list } = this.read;
    return { distinct, list };
  }

  /**
   * The line's tokens as a range of the document's token list: the line is one of the vocabulary's lines, or what
   * is left of one once its label is cut off, when the cut falls between tokens.
   */
  tokenRange(line: CleanLine): [number, number] | undefined {
    const { list, lineFirst, lineByEnd } = this.read;
    const index = lineByEnd.get(line.end);
    if (index === undefined) return undefined;
    const own = this.lines[index];
    const text = typeof own === 'string' ? own : own.text;
    const [first, end] = [lineFirst[index], lineFirst[index + 1]];
    if (text === line.text) return [first, end];
    if (first === end || !text.endsWith(line.text)) return undefined;
    const cut = list.starts[first] + text.length - line.text.length;
    for (let t = first; t < end && list.starts[t] <= cut; t++) if (list.starts[t] === cut) return [t, end];
    return undefined;
  }

  /** The text of a range of the document's tokens: a slice of its lines joined by spaces, made without a copy. */
  textOf([from, to]: [number, number]): string {
    const { list } = this.read;
    return this.text.slice(list.starts[from], to < list.length ? list.starts[to] - 1 : this.text.length);
  }

  /** Whether a token of the range after its first is empty or opens with a hyphen, comma, semicolon or full stop. */
  opensWithMarkIn(range: [number, number]): boolean {
    const { distinct, list } = this.read;
    return distinct.opensWithMarkIn(list, range);
  }

  /** The word as the language knows it (any case), made once per language. */
  shapeOf(word: string): WordShape {
    const lower = word.toLowerCase();
    let shape = this.shapes.get(lower);
    if (!shape) {
      const [a, b] = hashPair(lower);
      const rank = this.lexicon.words.get(lower) ?? -1;
      // Only one-letter words are in `singles`.
      const single = lower.length === 1 && this.singles.has(lower);
      shape = { lower, a, b, rank, single, isCommon: single || (rank >= 0 && rank < COMMON_RANK) };
      this.shapes.set(lower, shape);
    }
    return shape;
  }

  /** How often the document writes the word (lower case). */
  countOf(word: string): number {
    const [a, b] = hashPair(word.toLowerCase());
    return this.wordCounts.get(a, b, 0);
  }

  /** Whether the shape is a word in this document: `isWord` without the look-up of the shape. */
  isWordShape(shape: WordShape): boolean {
    return this.staticWordness(shape) ?? this.wordCounts.get(shape.a, shape.b, 0) >= 2;
  }

  /** Whether the shape is a word whatever the document, or undefined when that takes the document's count. */
  staticWordness(shape: WordShape): boolean | undefined {
    if (shape.lower.length === 1) return shape.single;
    if (shape.rank >= 0) return true;
    return shape.lower.length >= MIN_DOCUMENT_WORD ? undefined : false;
  }

  /** How often the document writes these two words one after the other. */
  pairCount(first: string, second: string): number {
    const pair = ` ${first.toLowerCase()} ${second.toLowerCase()} `;
    const text = (this.lowerText ??= ` ${this.text.toLowerCase()} `);
    let count = 0;
    for (let at = text.indexOf(pair); at >= 0; at = text.indexOf(pair, at + 1)) count++;
    return count;
  }

  /** A word in its own right: in the lexicon, or a longer word the document uses more than once. */
  isWord(word: string): boolean {
    return this.isWordShape(this.shapeOf(word));
  }

  /** A word of the language's lexicon (or a one-letter word), whatever the document does. */
  isKnown(word: string): boolean {
    const lower = word.toLowerCase();
    return lower.length === 1 ? this.singles.has(lower) : this.lexicon.words.has(lower);
  }

  /** A word the language has or the document uses at all: good enough for the result of rejoining fragments. */
  isAttested(word: string): boolean {
    return this.lexicon.words.has(word.toLowerCase()) || this.countOf(word) > 0;
  }

  /** Known only as a name, never as a common word. */
  isName(word: string): boolean {
    return this.lexicon.names.has(word.toLowerCase());
  }

  /**
   * How likely the word is, as a log probability estimated from its frequency rank (Zipf's law);
   * words the lexicon lacks count as the rarest.
   */
  logProbability(word: string): number {
    const size = this.lexicon.words.size || 1;
    const lower = word.toLowerCase();
    // One-letter words ("a") are among the most frequent; the lexicon leaves letters out.
    const rank = this.singles.has(lower) ? 0 : (this.lexicon.words.get(lower) ?? size);
    return -Math.log(rank + 1) - Math.log(Math.log(size) + 0.58);
  }

  /** Whether the language can tell words apart at all (no lexicon for Chinese or Arabic). */
  get hasLexicon(): boolean {
    return this.lexicon.words.size > 0;
  }
}

interface Reading {
  distinct: DocumentTokens;
  list: TokenList;
  /** how often the document writes each word (lower case), by the word's hashes */
  words: HashTable;
  /** each line's first token in the list, and the list's length after the last line */
  lineFirst: Int32Array;
  /** each line's index by where it ends in the source */
  lineByEnd: Map<number, number>;
}

/**
 * Reads the document's tokens from its lines joined (one scan of one flat string), and counts its words: each
 * distinct token's words, as many times as the token is read.
 */
function readTokens(vocabulary: Vocabulary, text: string, lines: readonly (CleanLine | string)[]): Reading {
  const distinct = new DocumentTokens(vocabulary);
  const list = new TokenList(text.length);
  distinct.scan(text, list);
  const words = distinct.countWords();
  const lineFirst = new Int32Array(lines.length + 1);
  const lineByEnd = new Map<number, number>();
  let offset = 0;
  let token = 0;
  lines.forEach((line, index) => {
    while (token < list.length && list.starts[token] < offset) token++;
    lineFirst[index] = token;
    if (typeof line === 'string') offset += line.length + 1;
    else {
      offset += line.text.length + 1;
      lineByEnd.set(line.end, index);
    }
  });
  lineFirst[lines.length] = list.length;
  return { distinct, list, words, lineFirst, lineByEnd };
}
