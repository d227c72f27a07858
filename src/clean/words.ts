import { letterRuns } from './letters.js';
import type { LineTokens, TokenEntry, Vocabulary } from './vocabulary.js';

/** What a token is made of: leading text, the letters that could join the next token, what follows them. */
export interface Token {
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

function tokenOf(text: string, vocabulary: Vocabulary, known?: TokenEntry): Token {
  let entry = known ?? vocabulary.tokens.get(text);
  // Tokens made by joining lines or by the repairs before this one are not among the lines' tokens.
  if (!entry) vocabulary.tokens.set(text, (entry = { count: 0 }));
  return (entry.token ??= analyse(text, entry, vocabulary));
}

function analyse(text: string, entry: TokenEntry, vocabulary: Vocabulary): Token {
  if (entry.word) {
    // One word of letters, which the vocabulary counted: its own head and tail, with its facts at hand.
    const facts = vocabulary.factsOfEntry(entry.word);
    return { lead: '', tail: text, head: text, rest: '', tailIsWord: facts.isWord, headIsWord: facts.isWord, common: facts.isCommon };
  }
  const { lead, tail, head, rest } = letterRuns(text);
  const tailFacts = tail === null ? null : vocabulary.factsOf(tail);
  // A token of letters alone is its own head and tail: one look-up.
  const headFacts = head === null ? null : head === tail ? tailFacts : vocabulary.factsOf(head);
  return {
    lead,
    tail,
    head,
    rest,
    tailIsWord: tailFacts?.isWord ?? false,
    headIsWord: headFacts?.isWord ?? false,
    common: (tailFacts?.isCommon ?? false) || (headFacts?.isCommon ?? false),
  };
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
export function repairWords(text: string, vocabulary: Vocabulary, known?: LineTokens): string {
  // Tokens carried from the lines come split, most of them looked up already.
  const texts = known?.texts ?? text.split(' ');
  const count = texts.length;
  const tokens = new Array<Token>(count);
  for (let i = 0; i < count; i++) tokens[i] = tokenOf(texts[i], vocabulary, known?.entries[i]);
  const joins = new Array<Join | null | undefined>(count + 1);
  const joinAt = (i: number): Join | null => {
    let join = joins[i];
    if (join === undefined) joins[i] = join = tryJoin(tokens, i, vocabulary);
    return join;
  };
  // Most texts need no repair: the output is only built from the first change on.
  let out: string[] | null = null;
  for (let i = 0; i < count; i++) {
    // "the se curity": the fragment belongs with what follows it, not with the word before it.
    const join = joinAt(i);
    if (join && !(tokens[i].tailIsWord && joinAt(i + 1))) {
      out ??= texts.slice(0, i);
      out.push(join.text);
      i += join.used - 1;
      continue;
    }
    const split = splitGlued(texts[i], tokens[i], vocabulary);
    if (split !== texts[i]) out ??= texts.slice(0, i);
    out?.push(split);
  }
  return out ? out.join(' ') : text;
}

function tryJoin(tokens: Token[], i: number, vocabulary: Vocabulary): Join | null {
  const first = tokens[i];
  if (i + 1 >= tokens.length || first.tail === null) return null;
  let core = first.tail;
  let allWords = first.tailIsWord;
  let shortest = core.length;
  for (let used = 2; used <= 3 && i + used - 1 < tokens.length; used++) {
    const part = tokens[i + used - 1];
    const letters = part.head;
    if (letters === null) return null;
    // Two words, both long or one of the commonest: no split word ("the population", "of the"). The usual case.
    if (used === 2 && allWords && part.headIsWord && (first.common || part.common || Math.min(shortest, letters.length) > SHORT_PIECE)) return null;
    // "d'Engagement", "l'Azawad": an elided article, not the end of a word.
    if (/^['’]/.test(part.rest)) return null;
    // A capital inside the join makes two names ("Al Mahdi"), unless both are acronyms ("UNIF IL").
    if (letters[0] !== letters[0].toLowerCase() && !(isUpperCase(letters) && isUpperCase(core))) return null;
    if (isTitleCase(letters)) return null;
    core += letters;
    allWords &&= part.headIsWord;
    shortest = Math.min(shortest, letters.length);
    const joins = allWords
      ? shortest <= SHORT_PIECE && vocabulary.countOf(core) > 0 && muchMoreLikely(core, tokens.slice(i, i + used), vocabulary)
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
 * "tosupport" → "to support": a lower-case token that is no word, not repeated, and a function word glued to a
 * common word. A rarer word than the lexicon holds may be two words' letters ("forestall"), but never starts
 * with one of the commonest words and a common one ("to support") unless glued.
 */
function splitGlued(text: string, token: Token, vocabulary: Vocabulary): string {
  if (token.tailIsWord || token.lead !== '' || !GLUED.test(text) || vocabulary.countOf(text) > 1) return text;
  let best: { at: number; score: number } | null = null;
  for (let at = 2; at <= text.length - 2; at++) {
    const [left, right] = [text.slice(0, at), text.slice(at)];
    if (!vocabulary.factsOf(left).isCommon || !vocabulary.isKnown(right)) continue;
    const score = vocabulary.logProbability(left) + vocabulary.logProbability(right);
    if (!best || score > best.score) best = { at, score };
  }
  return best && best.score > GLUED_MIN_SCORE ? `${text.slice(0, best.at)} ${text.slice(best.at)}` : text;
}
