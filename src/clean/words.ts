import { letterRuns } from './letters.js';
import { FNV_PRIME, HashTable, SEED_A, SEED_B } from './hashing.js';
import type { Vocabulary, WordShape } from './vocabulary.js';
import type { Language } from '../model.js';

/** What a token is made of: leading text, the letters that could join the next token, what follows them. */
interface Token {
  /** opening punctuation, or a compound's first half ("long-"), before `tail` */
  lead: string;
  /** the token's last run of letters, when the token ends with letters */
  tail: string | null;
  /** the token's first run of letters, when it starts with letters, and what follows them ("sion" + "-making") */
  head: string | null;
  rest: string;
  /** `tail` is a word */
  tailIsWord: boolean;
  headIsWord: boolean;
  /** `tail` or `head` is one of the language's commonest words ("of", "the"): such pairs are never one word split */
  common: boolean;
}

const GLUED = /^\p{Ll}{5,}$/u;
const isTitleCase = (word: string) => /^\p{Lu}\p{Ll}/u.test(word);
const isUpperCase = (word: string) => word === word.toUpperCase() && word !== word.toLowerCase();

/** How much likelier (natural log) a join of two words must be than the words apart: "re quests" joins, "up on" does not. */
const JOIN_MARGIN = 7;
/** The longest piece of a split word that may itself be a word for two words to be joined ("re quests", "do nor"). */
const SHORT_PIECE = 3;
/** Both halves of a glued pair must be common words: log probabilities summing above this. */
const GLUED_MIN_SCORE = -16;

/** A token as its language reads it, whatever the document: made once per language. */
interface TokenShape {
  text: string;
  lead: string;
  tail: string | null;
  head: string | null;
  rest: string;
  tailWord: WordShape | null;
  headWord: WordShape | null;
  common: boolean;
}

/*
 * What repairWords asks of every token, packed into the low bits of the number the books keep for it (the shape's
 * index above them): the usual token is judged without reading its shape.
 */
const HAS_TAIL = 1;
const HAS_HEAD = 2;
/** `tail` or `head` is one of the commonest words */
const COMMON = 4;
/** lower-case letters only, and long enough to be two words glued */
const GLUED_LETTERS = 8;
const TAIL_LONG = 16;
const HEAD_LONG = 32;
/** Whether the tail (bits 6–7) and the head (bits 8–9) are words: yes or no whatever the document, or it depends on it. */
const TAIL_STATE = 6;
const HEAD_STATE = 8;
const NOT_WORD = 0;
const WORD = 1;
const DEPENDS = 2;
const FLAG_BITS = 10;

/** Whether a word shape is a word whatever the document: see `Vocabulary.isWordShape`. */
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
    (wordState(shape.headWord, vocabulary) << HEAD_STATE)
  );
}

/** Token shapes kept per language before the book starts again. */
const MAX_TOKEN_SHAPES = 1 << 17;

/** A language's token shapes, and each one's index and flags by the hashes of the token's code units. */
interface TokenBook {
  index: HashTable;
  shapes: TokenShape[];
}

const languageBooks = new Map<Language, TokenBook>();
/**
 * Each document's own index of the language's book: a document repeats most of its tokens, and its small index
 * stays in the processor's cache where the language's large one would not.
 */
const documentIndexes = new WeakMap<Vocabulary, HashTable>();

function languageBook(lang: Language): TokenBook {
  let book = languageBooks.get(lang);
  if (!book || book.shapes.length > MAX_TOKEN_SHAPES) languageBooks.set(lang, (book = { index: new HashTable(12), shapes: [] }));
  return book;
}

/** A text's space-separated tokens (empty ones too), each hashed unit by unit and looked up in the books. */
class Tokens {
  /** each token's shape index and flags */
  readonly packed: number[] = [];
  /** where each token starts in the text */
  readonly starts: number[] = [];
  private readonly shapes: TokenShape[];
  private readonly made: (Token | undefined)[] = [];

  constructor(
    readonly text: string,
    private readonly vocabulary: Vocabulary,
  ) {
    const book = languageBook(vocabulary.lang);
    this.shapes = book.shapes;
    let own = documentIndexes.get(vocabulary);
    if (!own) documentIndexes.set(vocabulary, (own = new HashTable()));
    let start = 0;
    let a = SEED_A;
    let b = SEED_B;
    for (let i = 0; i <= text.length; i++) {
      const unit = i < text.length ? text.charCodeAt(i) : 0x20;
      if (unit !== 0x20) {
        a = Math.imul(a ^ unit, FNV_PRIME);
        b = (Math.imul(b, 31) + unit) | 0;
        continue;
      }
      let packed = own.get(a, b, -1);
      if (packed < 0) {
        packed = book.index.get(a, b, -1);
        if (packed < 0) {
          const shape = shapeOfToken(text.slice(start, i), vocabulary);
          packed = (book.shapes.length << FLAG_BITS) | flagsOf(shape, vocabulary);
          book.shapes.push(shape);
          book.index.set(a, b, packed);
        }
        own.set(a, b, packed);
      }
      this.packed.push(packed);
      this.starts.push(start);
      start = i + 1;
      a = SEED_A;
      b = SEED_B;
    }
  }

  get count(): number {
    return this.packed.length;
  }

  shape(i: number): TokenShape {
    return this.shapes[this.packed[i] >>> FLAG_BITS];
  }

  /** Where token i ends in the text. */
  end(i: number): number {
    return i + 1 < this.starts.length ? this.starts[i + 1] - 1 : this.text.length;
  }

  /** The token in this document, made on first need. */
  token(i: number): Token {
    return (this.made[i] ??= tokenOf(this.shape(i), this.vocabulary));
  }

  tailIsWord(i: number): boolean {
    const state = (this.packed[i] >>> TAIL_STATE) & 3;
    return state === DEPENDS ? this.token(i).tailIsWord : state === WORD;
  }

  headIsWord(i: number): boolean {
    const state = (this.packed[i] >>> HEAD_STATE) & 3;
    return state === DEPENDS ? this.token(i).headIsWord : state === WORD;
  }

  /**
   * Whether tokens i and i + 1 may be pieces of one word: both have letters where they meet, and they are not two
   * words both long or one of them among the commonest ("the population", "of the"), the usual case.
   */
  mayJoin(i: number): boolean {
    if (i + 1 >= this.packed.length) return false;
    const first = this.packed[i];
    const next = this.packed[i + 1];
    if (!(first & HAS_TAIL) || !(next & HAS_HEAD)) return false;
    const plain = (first & COMMON) !== 0 || (next & COMMON) !== 0 || ((first & TAIL_LONG) !== 0 && (next & HEAD_LONG) !== 0);
    return !(plain && this.tailIsWord(i) && this.headIsWord(i + 1));
  }

  isGlued(i: number): boolean {
    return (this.packed[i] & GLUED_LETTERS) !== 0;
  }
}

function shapeOfToken(text: string, vocabulary: Vocabulary): TokenShape {
  const { lead, tail, head, rest } = letterRuns(text);
  const tailWord = tail === null ? null : vocabulary.shapeOf(tail);
  const headWord = head === null ? null : head === tail ? tailWord : vocabulary.shapeOf(head);
  const common = (tailWord?.isCommon ?? false) || (headWord?.isCommon ?? false);
  return { text, lead, tail, head, rest, tailWord, headWord, common };
}

/** The token in this document: whether its letters are words here. */
function tokenOf(shape: TokenShape, vocabulary: Vocabulary): Token {
  const { lead, tail, head, rest, tailWord, headWord, common } = shape;
  const tailIsWord = tailWord !== null && vocabulary.isWordShape(tailWord);
  const headIsWord = headWord === null ? false : headWord === tailWord ? tailIsWord : vocabulary.isWordShape(headWord);
  return { lead, tail, head, rest, tailIsWord, headIsWord, common };
}

interface Join {
  text: string;
  used: number;
}

/**
 * Words damaged by extraction, repaired with the language's lexicon and the document's own words, with no list
 * of broken words: "th e" → "the", "terror ist" → "terrorist", "envi ronment" → "environment",
 * "deci sion-making", "UNIF IL", "re quests" (two words that were one), "tosupport" → "to support" (glued).
 */
export function repairWords(text: string, vocabulary: Vocabulary): string {
  const tokens = new Tokens(text, vocabulary);
  const count = tokens.count;
  const joins = new Array<Join | null | undefined>(count + 1);
  const joinAt = (i: number): Join | null => {
    let join = joins[i];
    if (join === undefined) joins[i] = join = tokens.mayJoin(i) ? tryJoin(tokens, i, vocabulary) : null;
    return join;
  };
  // Most texts need no repair: the output is the text, with only the tokens repaired replaced.
  const out: string[] = [];
  let copied = 0;
  const replace = (first: number, last: number, by: string) => {
    out.push(text.slice(copied, tokens.starts[first]), by);
    copied = tokens.end(last);
  };
  for (let i = 0; i < count; i++) {
    // "the se curity": the fragment belongs with what follows it, not with the word before it.
    const join = joinAt(i);
    if (join && !(tokens.tailIsWord(i) && joinAt(i + 1))) {
      replace(i, i + join.used - 1, join.text);
      i += join.used - 1;
      continue;
    }
    if (!tokens.isGlued(i)) continue;
    const token = tokens.shape(i).text;
    const split = splitGlued(token, tokens.token(i), vocabulary);
    if (split !== token) replace(i, i, split);
  }
  if (copied === 0) return text;
  out.push(text.slice(copied));
  return out.join('');
}

/** The join that starts at token i, of two or three tokens, where `mayJoin` allows one. */
function tryJoin(tokens: Tokens, i: number, vocabulary: Vocabulary): Join | null {
  const first = tokens.token(i);
  if (first.tail === null) return null;
  let core = first.tail;
  let allWords = first.tailIsWord;
  let shortest = core.length;
  for (let used = 2; used <= 3 && i + used - 1 < tokens.count; used++) {
    const part = tokens.token(i + used - 1);
    const letters = part.head;
    if (letters === null) return null;
    // "d'Engagement", "l'Azawad": an elided article, not the end of a word.
    if (/^['’]/.test(part.rest)) return null;
    // A capital inside the join makes two names ("Al Mahdi"), unless both are acronyms ("UNIF IL").
    if (letters[0] !== letters[0].toLowerCase() && !(isUpperCase(letters) && isUpperCase(core))) return null;
    if (isTitleCase(letters)) return null;
    core += letters;
    allWords &&= part.headIsWord;
    shortest = Math.min(shortest, letters.length);
    const parts = () => Array.from({ length: used }, (_, k) => tokens.token(i + k));
    const joins = allWords
      ? shortest <= SHORT_PIECE && vocabulary.countOf(core) > 0 && muchMoreLikely(core, parts(), vocabulary)
      : vocabulary.isAttested(core);
    // Common words never join into a name ("to go" is not "Togo").
    if (joins && !(vocabulary.isName(core) && first.tail[0] === first.tail[0].toLowerCase())) {
      return { text: first.lead + core + part.rest, used };
    }
    if (part.rest) return null;
  }
  return null;
}

/**
 * Two words that were one ("re quests", "do nor"): the document writes the join elsewhere, never writes the
 * two words together elsewhere, and the join is much likelier than the two words ("per cent" stays).
 */
function muchMoreLikely(joined: string, parts: Token[], vocabulary: Vocabulary): boolean {
  const words = parts.map((p, k) => (k === 0 ? p.tail : p.head) ?? '');
  if (words.length === 2 && vocabulary.pairCount(words[0], words[1]) > 1) return false;
  const apart = words.reduce((sum, word) => sum + vocabulary.logProbability(word), 0);
  return vocabulary.logProbability(joined) > apart + JOIN_MARGIN;
}

/**
 * "tosupport" → "to support": a token of lower-case letters (its shape is `glued`) that is no word, not repeated, and a function word glued to a
 * common word. A rarer word than the lexicon holds may be two words' letters ("forestall"), but never starts
 * with one of the commonest words and a common one ("to support") unless glued.
 */
function splitGlued(text: string, token: Token, vocabulary: Vocabulary): string {
  if (token.tailIsWord || token.lead !== '' || vocabulary.countOf(text) > 1) return text;
  let best: { at: number; score: number } | null = null;
  for (let at = 2; at <= text.length - 2; at++) {
    const [left, right] = [text.slice(0, at), text.slice(at)];
    if (!vocabulary.factsOf(left).isCommon || !vocabulary.isKnown(right)) continue;
    const score = vocabulary.logProbability(left) + vocabulary.logProbability(right);
    if (!best || score > best.score) best = { at, score };
  }
  return best && best.score > GLUED_MIN_SCORE ? `${text.slice(0, best.at)} ${text.slice(best.at)}` : text;
}
