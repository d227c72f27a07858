import type { Vocabulary } from './vocabulary.js';
import {
  COMMON,
  GLUED_LETTERS,
  HAS_HEAD,
  HAS_TAIL,
  HEAD_LONG,
  HEAD_STATE,
  SHORT_PIECE,
  TAIL_LONG,
  TAIL_STATE,
  TokenList,
  WORD,
  type DocumentTokens,
  type TokenShape,
} from './tokens.js';

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

const isTitleCase = (word: string) => /^\p{Lu}\p{Ll}/u.test(word);
const isUpperCase = (word: string) => word === word.toUpperCase() && word !== word.toLowerCase();

/** How much likelier (natural log) a join of two words must be than the words apart: "re quests" joins, "up on" does not. */
const JOIN_MARGIN = 7;
/** Both halves of a glued pair must be common words: log probabilities summing above this. */
const GLUED_MIN_SCORE = -16;

/**
 * A text's tokens: a range of the document's token list when the text is a run of the document's lines joined by
 * spaces (the usual paragraph), else the text scanned.
 */
class Tokens {
  /** the list the tokens are read from: tokens [from, from + count) of it */
  private readonly list: TokenList;
  private readonly from: number;
  readonly count: number;
  /** where the text starts in the document's joined lines (0 for a text scanned on its own) */
  private readonly base: number;
  private readonly document: DocumentTokens;
  private readonly made: (Token | undefined)[] = [];

  constructor(
    readonly text: string,
    vocabulary: Vocabulary,
    range?: [number, number],
  ) {
    const { distinct, list } = vocabulary.tokens;
    this.document = distinct;
    // A range is read in place in the document's list (views of it cost more than the reads).
    const own = range ? list : new TokenList(text.length);
    if (!range) distinct.scan(text, own);
    const [from, to] = range ?? [0, own.length];
    this.list = own;
    this.from = from;
    this.count = to - from;
    this.base = own.starts[from];
  }

  private packed(i: number): number {
    return this.document.packed[this.list.distinct[this.from + i]];
  }

  shape(i: number): TokenShape {
    return this.document.shape(this.list.distinct[this.from + i]);
  }

  start(i: number): number {
    return this.list.starts[this.from + i] - this.base;
  }

  /** Where token i ends in the text. */
  end(i: number): number {
    return i + 1 < this.count ? this.start(i + 1) - 1 : this.text.length;
  }

  /** The token in this document, made on first need: its shape, and whether its letters are words here. */
  token(i: number): Token {
    if (this.made[i]) return this.made[i];
    const { lead, tail, head, rest, common } = this.shape(i);
    return (this.made[i] = { lead, tail, head, rest, common, tailIsWord: this.tailIsWord(i), headIsWord: this.headIsWord(i) });
  }

  tailIsWord(i: number): boolean {
    return tailIsWord(this.packed(i));
  }

  headIsWord(i: number): boolean {
    return headIsWord(this.packed(i));
  }

  /**
   * Whether tokens i and i + 1 may be pieces of one word: both have letters where they meet, and they are not two
   * words both long or one of them among the commonest ("the population", "of the"), the usual case.
   */
  mayJoin(i: number): boolean {
    return i + 1 < this.count && mayJoin(this.packed(i), this.packed(i + 1));
  }

  /** Lower-case letters only, long enough to be two words glued, and no word here. */
  mayBeGlued(i: number): boolean {
    return mayBeGlued(this.packed(i));
  }

  /**
   * The first token from `from` on that may start a join or be words glued, or `count` when none: most tokens are
   * neither, and are passed over reading each token's packed number once.
   */
  nextCandidate(from: number): number {
    const distinct = this.list.distinct;
    const packed = this.document.packed;
    const last = this.from + this.count - 1;
    let at = this.from + from;
    if (at > last) return this.count;
    let current = packed[distinct[at]];
    for (; at < last; at++) {
      const next = packed[distinct[at + 1]];
      if (mayJoin(current, next) || mayBeGlued(current)) return at - this.from;
      current = next;
    }
    return mayBeGlued(current) ? last - this.from : this.count;
  }
}

const tailIsWord = (packed: number) => ((packed >>> TAIL_STATE) & 3) === WORD;
const headIsWord = (packed: number) => ((packed >>> HEAD_STATE) & 3) === WORD;
const mayBeGlued = (packed: number) => (packed & GLUED_LETTERS) !== 0 && !tailIsWord(packed);

function mayJoin(first: number, next: number): boolean {
  if (!(first & HAS_TAIL) || !(next & HAS_HEAD)) return false;
  const plain = (first & COMMON) !== 0 || (next & COMMON) !== 0 || ((first & TAIL_LONG) !== 0 && (next & HEAD_LONG) !== 0);
  return !(plain && tailIsWord(first) && headIsWord(next));
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
export function repairWords(text: string, vocabulary: Vocabulary, range?: [number, number]): string {
  const tokens = new Tokens(text, vocabulary, range);
  const count = tokens.count;
  const firstCandidate = tokens.nextCandidate(0);
  // Most texts have no token to look at.
  if (firstCandidate === count) return text;
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
    out.push(text.slice(copied, tokens.start(first)), by);
    copied = tokens.end(last);
  };
  // Tokens that may neither start a join nor be words glued are passed over.
  for (let i = firstCandidate; i < count; i = tokens.nextCandidate(i + 1)) {
    // "the se curity": the fragment belongs with what follows it, not with the word before it.
    const join = joinAt(i);
    if (join && !(tokens.tailIsWord(i) && joinAt(i + 1))) {
      replace(i, i + join.used - 1, join.text);
      i += join.used - 1;
      continue;
    }
    if (!tokens.mayBeGlued(i)) continue;
    const token = tokens.shape(i).text;
    const split = splitGlued(token, vocabulary);
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
 * "tosupport" → "to support": a token of lower-case letters that is no word (`mayBeGlued`), not repeated, and a
 * function word glued to a common word. A rarer word than the lexicon holds may be two words' letters
 * ("forestall"), but never starts with one of the commonest words and a common one ("to support") unless glued.
 */
function splitGlued(text: string, vocabulary: Vocabulary): string {
  if (vocabulary.countOf(text) > 1) return text;
  let best: { at: number; score: number } | null = null;
  for (let at = 2; at <= text.length - 2; at++) {
    const [left, right] = [text.slice(0, at), text.slice(at)];
    if (!vocabulary.shapeOf(left).isCommon || !vocabulary.isKnown(right)) continue;
    const score = vocabulary.logProbability(left) + vocabulary.logProbability(right);
    if (!best || score > best.score) best = { at, score };
  }
  return best && best.score > GLUED_MIN_SCORE ? `${text.slice(0, best.at)} ${text.slice(best.at)}` : text;
}
