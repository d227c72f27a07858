import type { Item, Language, Paragraph, UNDocument } from '../model.js';
import { LAYOUT } from '../lang/layout.js';
import { MANDATE_PHRASES, type MandatePhrases } from '../lang/mandate.js';
import { COLONS, COMMAS, FULL_STOPS, SEMICOLONS } from '../lang/punctuation.js';
import type { FactSource } from './types.js';
import escapeRegExp from 'escape-string-regexp';

/** A piece of the document that facts are read from: a preambular paragraph, an operative paragraph or an item. */
export interface TextUnit {
  id: string;
  text: string;
  /** the operative paragraph a unit belongs to (itself for a paragraph) */
  paragraph?: Paragraph;
}

export function phrasesFor(lang: Language): Partial<MandatePhrases> {
  return MANDATE_PHRASES[lang] ?? {};
}

export function operativeParagraphs(doc: UNDocument): Paragraph[] {
  return doc.body.filter((node): node is Paragraph => node.type === 'paragraph');
}

/** Every item below a paragraph or item, depth first, in document order. */
export function descendants(node: { items: Item[] }): Item[] {
  return node.items.flatMap((item) => [item, ...descendants(item)]);
}

export function preambleUnits(doc: UNDocument): TextUnit[] {
  return doc.preamble.map((p) => ({ id: p.id, text: p.text }));
}

/** Operative paragraphs, each followed by its items when `withItems`. */
export function operativeUnits(doc: UNDocument, withItems = true): TextUnit[] {
  return operativeParagraphs(doc).flatMap((paragraph) => [
    { id: paragraph.id, text: paragraph.text, paragraph },
    ...(withItems ? descendants(paragraph).map((item) => ({ id: item.id, text: item.text, paragraph })) : []),
  ]);
}

export function sourceOf(doc: UNDocument, unit: { id: string }, span: [number, number]): FactSource {
  return { symbol: doc.symbol, paragraph: unit.id, span };
}

/** The same pattern with the `g` flag (for matchAll), other flags kept. */
export function globally(pattern: RegExp): RegExp {
  return pattern.global ? pattern : new RegExp(pattern.source, pattern.flags + 'g');
}

/** The same pattern without the `g` flag, so that `test` keeps no state between calls. */
export function once(pattern: RegExp): RegExp {
  return pattern.global ? new RegExp(pattern.source, pattern.flags.replace('g', '')) : pattern;
}

/**
 * A pattern for a word or name as a whole word ("MINUSMA", "МИНУСМА"): `\b` sees ASCII letters only, so the edges are
 * Unicode letters; Chinese writes no spaces, and a name there stands between other characters ("将马里稳定团任务").
 */
export function wordPattern(word: string, lang: Language, flags = 'u'): RegExp {
  // Asked again for the same mission in every clause: a pattern without state (no `g`) is made once.
  const key = `${lang} ${flags} ${word}`;
  const known = flags.includes('g') ? undefined : wordPatterns.get(key);
  if (known) return known;
  const [before, after] = LAYOUT[lang].joinWithoutSpace ? ['', ''] : ['(?<![\\p{L}\\d])', '(?![\\p{L}\\d])'];
  const pattern = new RegExp(`${before}${escapeRegExp(word)}${after}`, flags.includes('u') ? flags : `${flags}u`);
  if (!pattern.global && wordPatterns.size < MAX_WORD_PATTERNS) wordPatterns.set(key, pattern);
  return pattern;
}

/** Patterns kept for the words (mission acronyms and names) asked about; a long-running server asks of many. */
const wordPatterns = new Map<string, RegExp>();
const MAX_WORD_PATTERNS = 4096;

/** A sentence of a paragraph, as the semicolons of any UN language part them. */
const SENTENCE = new RegExp(`[^${SEMICOLONS}]+`, 'gu');

/** The sentences of a paragraph. */
export function sentences(text: string): IterableIterator<RegExpMatchArray & { index: number }> {
  return text.matchAll(SENTENCE) as IterableIterator<RegExpMatchArray & { index: number }>;
}

/** "requests" → "[Rr]equests": clause verbs open a paragraph capitalised and follow a comma in lower case. */
function verbAlternation(verbs: readonly string[]): string {
  return [...verbs]
    .sort((a, b) => b.length - a.length)
    .map((verb) => `[${verb[0].toUpperCase()}${verb[0]}]${escapeRegExp(verb.slice(1)).replace(/ /g, '\\s+')}`)
    .join('|');
}

interface ClausePatterns {
  /** where a clause may start: the paragraph start, or an operative verb after a comma, semicolon or "and" */
  start: RegExp;
  /** what a clause ends with that is not part of it: punctuation, "and" */
  trailing: RegExp;
}

const clausePatterns = new Map<Language, ClausePatterns | null>();

function clausePatternsFor(lang: Language): ClausePatterns | null {
  if (clausePatterns.has(lang)) return clausePatterns.get(lang)!;
  const phrases = phrasesFor(lang);
  const and = phrases.conjunction;
  const verbs = [...new Set([...(phrases.requestVerbs ?? []), ...(phrases.taskVerbs ?? []), ...(phrases.clauseVerbs ?? [])])];
  // Chinese runs a verb on into its object ("请秘书长"); Arabic writes "and" joined to the verb ("ويطلب").
  const unspaced = LAYOUT[lang].joinWithoutSpace;
  const space = unspaced ? '' : '\\s+';
  const afterAnd = phrases.conjunctionJoined || unspaced ? '' : '\\s+';
  const stops = `${COMMAS}${SEMICOLONS}${COLONS}`;
  const link = phrases.clauseLinks?.length ? `(?:(?:${phrases.clauseLinks.map((l) => escapeRegExp(l)).join('|')})${space})?` : '';
  // a verb ends at a space or at a comma that sets off an adverbial ("Requests, in this connection, that …", "просит, чтобы …")
  const patterns =
    verbs.length && and
      ? {
          start: new RegExp(
            `(?:^|[${stops}]\\s*(?:${and}${afterAnd})?|${space}${and}${afterAnd})${link}(?<verb>${verbAlternation(verbs)})${unspaced ? '' : '(?=[\\s,])'}`,
            'gu',
          ),
          trailing: new RegExp(`(?:[\\s${stops}${FULL_STOPS}]|(?<![\\p{L}])${and}$)+$`, 'u'),
        }
      : null;
  clausePatterns.set(lang, patterns);
  return patterns;
}

/** One clause of an operative paragraph: its opening verb and where it runs. */
export interface Clause {
  /** the verb as printed ("requests", "Further requests") */
  verb: string;
  /** offset of the verb in the paragraph text */
  start: number;
  verbEnd: number;
  /** end of the clause, trailing punctuation and "and" left out */
  end: number;
}

/** Whether a clause's verb ("Further  decides") is one of a phrase table's verbs (lower case, single spaces). */
export function isVerbIn(verb: string, verbs: readonly string[] | undefined): boolean {
  return verbs?.includes(verb.toLowerCase().replace(/\s+/g, ' ')) ?? false;
}

/** Split an operative paragraph into clauses at each operative verb ("…, and requests the Secretary-General to …"). */
export function clauses(text: string, lang: Language): Clause[] {
  const patterns = clausePatternsFor(lang);
  if (!patterns) return [];
  const starts = [...text.matchAll(patterns.start)].map((m) => {
    const verb = m.groups!.verb;
    const start = m.index + m[0].length - verb.length;
    return { verb, start, boundary: m.index };
  });
  return starts.map((s, i) => {
    let end = i + 1 < starts.length ? starts[i + 1].boundary : text.length;
    const trailing = patterns.trailing.exec(text.slice(s.start, end));
    if (trailing) end -= trailing[0].length;
    return { verb: s.verb, start: s.start, verbEnd: s.start + s.verb.length, end };
  });
}

/** "further requests" → "Further requests". */
export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1).replace(/\s+/g, ' ');
}
