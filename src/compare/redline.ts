import { diffArrays } from 'diff';
import type { Language } from '../model.js';
import { spellingKey, type Token } from './tokens.js';
import type { Change, ChangeClass } from './types.js';

/**
 * Beyond this many edits the word diff gives up and a clause-level diff is used instead: a paragraph rewritten
 * through more than half its words reads better clause by clause, and the work stays bounded.
 */
const MAX_WORD_EDITS = 300;
const MAX_EDIT_SHARE = 0.5;
const CLAUSE_END = new Set([',', ';', '.', ':']);

export interface Redline {
  changes: Change[];
  /** tokens common to both sides (words and punctuation) */
  sharedTokens: number;
}

/**
 * Word-level redline of two texts. Differences of typography and extraction (hyphenation, words split by the
 * extractor, spacing, quotes, dashes) are folded into the equal spans; every other difference is classified.
 * `similarity` (of the word bags, when known) spares a word diff bound to give up.
 */
export function redline(left: readonly Token[], right: readonly Token[], language: Language, similarity = 1): Redline {
  const hunks = diffHunks(left, right, language, similarity);
  const changes: Change[] = [];
  let sharedTokens = 0;
  const push = (op: Change['op'], removed: readonly Token[], inserted: readonly Token[], changeClass: ChangeClass | 'none') => {
    const last = changes[changes.length - 1];
    const leftText = printed(removed);
    const rightText = printed(inserted);
    if (op === 'equal' && last?.op === 'equal') {
      last.left += leftText;
      last.right += rightText;
      return;
    }
    changes.push({ op, left: leftText, right: rightText, class: changeClass });
  };
  for (const hunk of hunks) {
    if (hunk.equal) {
      sharedTokens += hunk.left.length;
      push('equal', hunk.left, hunk.right, 'none');
      continue;
    }
    for (const piece of classifyHunk(hunk.left, hunk.right, language)) {
      if (piece.class === 'none') {
        sharedTokens += Math.min(piece.left.length, piece.right.length);
        push('equal', piece.left, piece.right, 'none');
      } else {
        const op = piece.left.length === 0 ? 'insert' : piece.right.length === 0 ? 'delete' : 'replace';
        push(op, piece.left, piece.right, piece.class);
      }
    }
  }
  const last = changes[changes.length - 1];
  if (last) { last.left = last.left.trimEnd(); last.right = last.right.trimEnd(); }
  return { changes, sharedTokens };
}

function printed(tokens: readonly Token[]): string {
  return tokens.map((t) => t.text + (t.space ?? '')).join('');
}

interface Hunk { equal: boolean; left: Token[]; right: Token[] }

/** Equal spans and differing spans, from a word diff, or from a clause diff when the word diff is too costly. */
function diffHunks(left: readonly Token[], right: readonly Token[], language: Language, similarity: number): Hunk[] {
  if (left.length === right.length && left.every((t, k) => t.text === right[k]!.text)) return [{ equal: true, left: [...left], right: [...right] }];
  const wordEdits = Math.min(MAX_WORD_EDITS, Math.max(20, Math.ceil(MAX_EDIT_SHARE * (left.length + right.length))));
  // below this similarity of the word bags, more than half the tokens differ: the word diff would only give up
  const words = similarity >= 1 - MAX_EDIT_SHARE ? diffUnits(left, right, (t) => t.text, (t) => [t], wordEdits) : undefined;
  const hunks = words
    ?? diffUnits(clausesOf(left), clausesOf(right), (clause) => clause.map((t) => t.text).join(' '), (clause) => clause, MAX_WORD_EDITS);
  return hunks ? joinAcrossAnchors(hunks, language) : [{ equal: false, left: [...left], right: [...right] }];
}

/** Longest equal span that may be absorbed between two differing spans. */
const MAX_ANCHOR = 3;

/**
 * A short equal span can split what is one typographic difference in two ("Abdu llah Abdullah" against
 * "Abdullah Abdullah"; "independence," against "; ind- ependence"): two differing spans around it are joined when
 * together they print the same, or together are no longer a change of substance.
 */
function joinAcrossAnchors(hunks: Hunk[], language: Language): Hunk[] {
  const joined: Hunk[] = [];
  for (let k = 0; k < hunks.length; k++) {
    const [first, anchor, second] = [hunks[k]!, hunks[k + 1], hunks[k + 2]];
    if (!first.equal && anchor?.equal && second && !second.equal && anchor.left.length <= MAX_ANCHOR) {
      const left = [...first.left, ...anchor.left, ...second.left];
      const right = [...first.right, ...anchor.right, ...second.right];
      const substantive = (l: Token[], r: Token[]) => classifyHunk(l, r, language).some((piece) => piece.class === 'substantive');
      if (bare(left) === bare(right)
        || (!substantive(left, right) && (substantive(first.left, first.right) || substantive(second.left, second.right)))) {
        joined.push({ equal: false, left, right });
        k += 2;
        continue;
      }
    }
    joined.push(first);
  }
  return joined;
}

/** Diff of two lists of units (tokens, or clauses of tokens), as spans of tokens. */
function diffUnits<U>(
  left: readonly U[], right: readonly U[], keyOf: (unit: U) => string, tokensOf: (unit: U) => Token[], maxEditLength: number,
): Hunk[] | undefined {
  const changes = diffArrays(left.map(keyOf), right.map(keyOf), { maxEditLength });
  if (!changes) return undefined;
  const hunks: Hunk[] = [];
  const take = (units: readonly U[], from: number, count: number) => units.slice(from, from + count).flatMap(tokensOf);
  let i = 0;
  let j = 0;
  for (const change of changes) {
    const count = change.count ?? change.value.length;
    const last = hunks[hunks.length - 1];
    if (!change.added && !change.removed) {
      hunks.push({ equal: true, left: take(left, i, count), right: take(right, j, count) });
      i += count;
      j += count;
      continue;
    }
    const hunk = last && !last.equal ? last : { equal: false, left: [], right: [] };
    if (hunk !== last) hunks.push(hunk);
    if (change.removed) { hunk.left.push(...take(left, i, count)); i += count; }
    else { hunk.right.push(...take(right, j, count)); j += count; }
  }
  return hunks;
}

function clausesOf(tokens: readonly Token[]): Token[][] {
  const clauses: Token[][] = [];
  let current: Token[] = [];
  for (const token of tokens) {
    current.push(token);
    if (CLAUSE_END.has(token.text)) { clauses.push(current); current = []; }
  }
  if (current.length) clauses.push(current);
  return clauses;
}

interface Piece { left: Token[]; right: Token[]; class: ChangeClass | 'none' }

const bare = (tokens: readonly Token[]) => tokens.map((t) => t.text).join('');

/** Splits a differing span into typographic-only edges and classified middles. */
function classifyHunk(left: Token[], right: Token[], language: Language): Piece[] {
  const [headLeft, headRight] = joinedPrefix(left, right);
  const [tailLeft, tailRight] = joinedPrefix([...left.slice(headLeft)].reverse(), [...right.slice(headRight)].reverse(), true);
  const middleLeft = left.slice(headLeft, left.length - tailLeft);
  const middleRight = right.slice(headRight, right.length - tailRight);
  const pieces: Piece[] = [];
  if (headLeft || headRight) pieces.push({ left: left.slice(0, headLeft), right: right.slice(0, headRight), class: 'none' });
  if (middleLeft.length || middleRight.length) {
    if (middleLeft.length === middleRight.length && middleLeft.length > 1) {
      // token for token: "organization;" → "organisation," is a spelling change and a punctuation change
      middleLeft.forEach((token, k) => {
        const piece = { left: [token], right: [middleRight[k]!], class: classOf([token], [middleRight[k]!], language) };
        const previous = pieces[pieces.length - 1];
        if (previous && previous.class === piece.class) { previous.left.push(token); previous.right.push(middleRight[k]!); }
        else pieces.push(piece);
      });
    } else {
      pieces.push({ left: middleLeft, right: middleRight, class: classOf(middleLeft, middleRight, language) });
    }
  }
  if (tailLeft || tailRight) pieces.push({ left: left.slice(left.length - tailLeft), right: right.slice(right.length - tailRight), class: 'none' });
  return pieces;
}

/**
 * The longest prefixes of both sides that print the same once spacing and hyphenation are ignored
 * ("terror ist" = "terrorist", "peace- keeping" = "peacekeeping"): returns their token counts.
 */
function joinedPrefix(left: readonly Token[], right: readonly Token[], reversed = false): [number, number] {
  const text = (t: Token) => (reversed ? [...t.text].reverse().join('') : t.text);
  let best: [number, number] = [0, 0];
  let i = 0;
  let j = 0;
  let leftText = '';
  let rightText = '';
  while (i < left.length || j < right.length) {
    if (leftText.length <= rightText.length && i < left.length) leftText += text(left[i++]!);
    else if (j < right.length) rightText += text(right[j++]!);
    else leftText += text(left[i++]!);
    const common = Math.min(leftText.length, rightText.length);
    if (leftText.slice(0, common) !== rightText.slice(0, common)) break;
    if (leftText.length === rightText.length) best = [i, j];
  }
  return best;
}

function classOf(left: readonly Token[], right: readonly Token[], language: Language): ChangeClass | 'none' {
  if (bare(left) === bare(right)) return 'none';
  const words = (tokens: readonly Token[]) => tokens.filter((t) => t.word);
  const leftWords = words(left);
  const rightWords = words(right);
  if (bare(leftWords) === bare(rightWords)) return 'editorial'; // punctuation only
  if (bare(leftWords).toLowerCase() === bare(rightWords).toLowerCase()) return 'editorial'; // capitalisation
  const spelt = (tokens: readonly Token[]) => tokens.map((t) => spellingKey(t.text, language)).join('');
  if (spelt(leftWords) === spelt(rightWords)) return 'spelling';
  // a variant in a word the extractor split: "demobil ised" / "demobilized"
  if (spellingKey(bare(leftWords), language) === spellingKey(bare(rightWords), language)) return 'spelling';
  return 'substantive';
}
