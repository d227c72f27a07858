import type { Language } from '../model.js';
import { letterRuns, letterWords } from './letters.js';
import { bitsFor, FNV_PRIME, HashTable, SEED_A, SEED_B } from './hashing.js';
import type { Vocabulary, WordShape } from './vocabulary.js';

/**
 * Space-separated tokens, as word repair reads them. Each distinct token of a language has a shape (its letters and
 * what the lexicon says of them), made once; a document's tokens are kept as numbers packing the shape's index with
 * flags that judge the usual token without reading its shape.
 */

/** The longest piece of a split word that may itself be a word for two words to be joined ("re quests", "do nor"). */
export const SHORT_PIECE = 3;
const GLUED = /^\p{Ll}{5,}$/u;

/** A token as its language reads it, whatever the document. */
export interface TokenShape {
  text: string;
  lead: string;
  tail: string | null;
  head: string | null;
  rest: string;
  tailWord: WordShape | null;
  headWord: WordShape | null;
  /** `tail` or `head` is one of the commonest words */
  common: boolean;
  /** its runs of letters in lower case, as `letterWords(text.toLowerCase())` gives them: what the document counts */
  words: WordShape[];
}

/* The flags, in a packed token's low bits. */
export const HAS_TAIL = 1;
export const HAS_HEAD = 2;
export const COMMON = 4;
/** lower-case letters only, and long enough to be two words glued */
export const GLUED_LETTERS = 8;
export const TAIL_LONG = 16;
export const HEAD_LONG = 32;
/** Whether the tail (bits 6–7) and the head (bits 8–9) are words: yes or no whatever the document, or it depends on it. */
export const TAIL_STATE = 6;
export const HEAD_STATE = 8;
const NOT_WORD = 0;
export const WORD = 1;
const DEPENDS = 2;
/**
 * Empty, or opening with a hyphen, comma, semicolon or full stop: after a space, the damage the repairs of stray
 * spaces mend ("contingent -owned", "Mali ,") or a double space.
 */
const OPENS_WITH_MARK = 1024;
const FLAG_BITS = 11;
const MARKS = new Set(['', '-', ',', ';', '.']);

const shapeIndex = (packed: number) => packed >>> FLAG_BITS;

function wordState(shape: WordShape | null, vocabulary: Vocabulary): number {
  if (shape === null) return NOT_WORD;
  const known = vocabulary.staticWordness(shape);
  return known === undefined ? DEPENDS : known ? WORD : NOT_WORD;
}

function flagsOf(shape: TokenShape, vocabulary: Vocabulary): number {
  const { tail, head } = shape;
  return (
    (tail !== null ? HAS_TAIL : 0) |
    (head !== null ? HAS_HEAD : 0) |
    (shape.common ? COMMON : 0) |
    (GLUED.test(shape.text) ? GLUED_LETTERS : 0) |
    (tail !== null && tail.length > SHORT_PIECE ? TAIL_LONG : 0) |
    (head !== null && head.length > SHORT_PIECE ? HEAD_LONG : 0) |
    (wordState(shape.tailWord, vocabulary) << TAIL_STATE) |
    (wordState(shape.headWord, vocabulary) << HEAD_STATE) |
    (MARKS.has(shape.text.charAt(0)) ? OPENS_WITH_MARK : 0)
  );
}

function shapeOfToken(text: string, vocabulary: Vocabulary): TokenShape {
  const { lead, tail, head, rest } = letterRuns(text);
  const tailWord = tail === null ? null : vocabulary.shapeOf(tail);
  const headWord = head === null ? null : head === tail ? tailWord : vocabulary.shapeOf(head);
  const common = (tailWord?.isCommon ?? false) || (headWord?.isCommon ?? false);
  const words = letterWords(text.toLowerCase()).map((word) => vocabulary.shapeOf(word));
  return { text, lead, tail, head, rest, tailWord, headWord, common, words };
}

/** Token shapes kept per language before the book starts again (a long-running server reads without end). */
const MAX_TOKEN_SHAPES = 1 << 17;

/**
 * A language's token shapes, each one's packed number by the hashes of the token's code units (with a note beside it
 * for the documents that read it: see DocumentTokens), and each one's words' hashes side by side in one array (counting a document's words reads them for each distinct token: an
 * array read where the objects would be several).
 */
class TokenBook {
  readonly index = new HashTable(12);
  readonly shapes: TokenShape[] = [];
  /** the hashes (a, b) of each shape's words: shape i's are wordHashes[wordsFrom[i], wordsFrom[i + 1]) */
  wordHashes = new Int32Array(1 << 12);
  wordsFrom = new Int32Array(1 << 12);

  /** Adds the shape and returns its packed number. */
  add(shape: TokenShape, flags: number): number {
    const index = this.shapes.length;
    const packed = (index << FLAG_BITS) | flags;
    this.shapes.push(shape);
    let at = this.wordsFrom[index];
    this.wordHashes = withRoom(this.wordHashes, at + 2 * shape.words.length);
    for (const word of shape.words) {
      this.wordHashes[at++] = word.a;
      this.wordHashes[at++] = word.b;
    }
    this.wordsFrom = withRoom(this.wordsFrom, index + 2);
    this.wordsFrom[index + 1] = at;
    return packed;
  }
}

/** The array, or a copy at least twice as long when it is shorter than `length`. */
function withRoom(array: Int32Array<ArrayBuffer>, length: number): Int32Array<ArrayBuffer> {
  if (length <= array.length) return array;
  const more = new Int32Array(Math.max(length, 2 * array.length));
  more.set(array);
  return more;
}

const languageBooks = new Map<Language, TokenBook>();

function languageBook(lang: Language): TokenBook {
  let book = languageBooks.get(lang);
  if (!book || book.shapes.length > MAX_TOKEN_SHAPES) languageBooks.set(lang, (book = new TokenBook()));
  return book;
}

/** A text's tokens in order: each one's distinct token and where it starts in the text, in arrays that grow. */
export class TokenList {
  distinct: Int32Array<ArrayBuffer>;
  starts: Int32Array<ArrayBuffer>;
  length = 0;

  /** A list for a text of this many code units (words average more than three units and a space). */
  constructor(units: number) {
    this.distinct = new Int32Array((units >> 2) + 16);
    this.starts = new Int32Array((units >> 2) + 16);
  }

  push(distinct: number, start: number): void {
    if (this.length === this.starts.length) {
      this.distinct = withRoom(this.distinct, this.length + 1);
      this.starts = withRoom(this.starts, this.length + 1);
    }
    this.distinct[this.length] = distinct;
    this.starts[this.length++] = start;
  }
}

/**
 * A document's distinct tokens: how often each is read, and each one's packed number, with the word states that
 * depend on the document settled once its words are counted. Token lists hold indexes of distinct tokens. A token
 * is found in the language's book, which notes the index the last document to read it gave it; a document read in
 * between (one in another's annex) may make a token distinct twice, which changes no count of its words.
 */
export class DocumentTokens {
  private readonly book: TokenBook;
  /** each distinct token's packed number */
  readonly packed: number[] = [];
  /** how often each distinct token is read */
  private readonly counts: number[] = [];
  private settled = false;

  constructor(private readonly vocabulary: Vocabulary) {
    this.book = languageBook(vocabulary.lang);
  }

  shape(distinct: number): TokenShape {
    return this.book.shapes[shapeIndex(this.packed[distinct])];
  }

  /** Counts the words of every distinct token read so far, as many times as it was read. */
  countWords(): HashTable {
    // A token has a word or two: a table for twice as many never grows.
    const words = new HashTable(bitsFor(2 * this.packed.length));
    const { wordHashes, wordsFrom } = this.book;
    for (let k = 0; k < this.packed.length; k++) {
      const shape = shapeIndex(this.packed[k]);
      for (let at = wordsFrom[shape]; at < wordsFrom[shape + 1]; at += 2) words.add(wordHashes[at], wordHashes[at + 1], this.counts[k]);
    }
    return words;
  }

  /**
   * Whether a token of the list's range after its first (the ones a space stands before) is empty or opens with a
   * mark: else the text of the range has no stray space before a mark and no double space.
   */
  opensWithMarkIn(list: TokenList, [from, to]: [number, number]): boolean {
    for (let t = from + 1; t < to; t++) if ((this.packed[list.distinct[t]] & OPENS_WITH_MARK) !== 0) return true;
    return false;
  }

  /** Settles, for each distinct token and each one read from now on, whether its tail and head are words here. */
  settleWordStates(): void {
    this.settled = true;
    for (let k = 0; k < this.packed.length; k++) this.settle(k);
  }

  private settle(distinct: number): void {
    const packed = this.packed[distinct];
    // Only a word the lexicon lacks, of four letters or more, depends on the document: few tokens have one.
    if (((packed >>> TAIL_STATE) & 3) !== DEPENDS && ((packed >>> HEAD_STATE) & 3) !== DEPENDS) return;
    const shape = this.shape(distinct);
    this.packed[distinct] = this.withWordState(this.withWordState(packed, TAIL_STATE, shape.tailWord), HEAD_STATE, shape.headWord);
  }

  /** The packed number with the word state at `at` settled, if it depends on the document. */
  private withWordState(packed: number, at: number, word: WordShape | null): number {
    if (((packed >>> at) & 3) !== DEPENDS || word === null) return packed;
    const state = this.vocabulary.isWordShape(word) ? WORD : NOT_WORD;
    return (packed & ~(3 << at)) | (state << at);
  }

  /**
   * Appends the space-separated tokens of the text (empty ones too) to the list, each hashed unit by unit as it
   * is scanned. The hash steps are written out (see hashing.ts).
   */
  scan(text: string, into: TokenList): void {
    const { counts } = this;
    const { index } = this.book;
    let start = 0;
    let a = SEED_A;
    let b = SEED_B;
    const length = text.length;
    for (let i = 0; i <= length; i++) {
      const unit = i < length ? text.charCodeAt(i) : 0x20;
      if (unit !== 0x20) {
        a = Math.imul(a ^ unit, FNV_PRIME);
        b = (Math.imul(b, 31) + unit) | 0;
        continue;
      }
      let slot = index.find(a, b);
      if (slot < 0) slot = this.addShape(a, b, text.slice(start, i));
      const packed = index.valueAt(slot);
      // The book notes the index the last document to read the token gave it: this document's, if its distinct
      // token there is this one.
      let distinct = index.noteAt(slot);
      if (distinct >= this.packed.length || this.packed[distinct] !== packed) index.setNoteAt(slot, (distinct = this.addDistinct(packed)));
      counts[distinct]++;
      into.push(distinct, start);
      start = i + 1;
      a = SEED_A;
      b = SEED_B;
    }
  }

  /** A token the language's book had not read: its shape, made and added; where the book keeps it. */
  private addShape(a: number, b: number, text: string): number {
    const { book, vocabulary } = this;
    const shape = shapeOfToken(text, vocabulary);
    return book.index.set(a, b, book.add(shape, flagsOf(shape, vocabulary)));
  }

  /** A token this document had not read, as its next distinct token. */
  private addDistinct(packed: number): number {
    const distinct = this.packed.length;
    this.packed.push(packed);
    this.counts.push(0);
    if (this.settled) this.settle(distinct);
    return distinct;
  }
}
