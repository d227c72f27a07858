import { furnitureKind } from '../clean/furniture.js';
import { LAYOUT } from '../lang/layout.js';
import { findDates } from '../lang/months.js';
import { DRAFT_RESOLUTION_WORDS, NO_MEMBERS, VOTE_HEADINGS, type VotePosition } from '../lang/votes.js';
import type { Language } from '../model.js';
import { findSymbols, meetingOfRecord, type FoundSymbol } from '../recognize/symbols.js';
import { resolveCountry } from './countries.js';
import { countFlags, membershipFlags, totalsOf } from './membership.js';
import { splitNames } from './names.js';
import { findRecordedStatement } from './record.js';
import type { MemberVote, VoteLetter } from './types.js';
import escapeRegExp from 'escape-string-regexp';

/** How many lines from the top hold the letter's own symbol (the cover). */
const COVER_LINES = 3;

const headingPatterns = new Map<Language, RegExp>();

/**
 * A heading of a list of members: the position's word before a colon, after a line break, a space or a sentence's end.
 * Made once per language (every letter and meeting record is read for votes); used with `matchAll`, which copies it.
 */
function headingPattern(language: Language): RegExp {
  let pattern = headingPatterns.get(language);
  if (!pattern) headingPatterns.set(language, (pattern = makeHeadingPattern(language)));
  return pattern;
}

function makeHeadingPattern(language: Language): RegExp {
  const alternatives = (Object.entries(VOTE_HEADINGS[language]) as [VotePosition, readonly string[]][])
    .flatMap(([position, words]) => words.map((word) => ({ position, word })))
    .sort((a, b) => b.word.length - a.word.length)
    .map(({ word }) => escapeRegExp(word))
    .join('|');
  return new RegExp(`(?<=^|[\\s。.:：;；])(${alternatives})[ \\t]*[:：]`, 'giu');
}

function positionOf(word: string, language: Language): VotePosition {
  const lower = word.toLowerCase();
  const entry = (Object.entries(VOTE_HEADINGS[language]) as [VotePosition, readonly string[]][]).find(([, words]) =>
    words.some((w) => w.toLowerCase() === lower),
  );
  if (!entry) throw new Error(`heading "${word}" matched but is not in the vocabulary`);
  return entry[0];
}

/** The letter proper: URL dumps and the annexed resolution left out, wrapped lines joined as the language joins them. */
function letterBody(text: string, language: Language): { lines: string[]; joined: string } {
  const lines = text
    .split(/\r?\n|\f/)
    .map((line) => line.trim())
    .filter((line) => line && !/^https?:\/\//.test(line));
  const annex = lines.findIndex((line, i) => i >= COVER_LINES && LAYOUT[language].annex.test(line));
  const body = annex >= 0 ? lines.slice(0, annex) : lines;
  return { lines: body, joined: body.join('\n') };
}

/** Wrapped lines as one line, joined as the language joins them (Chinese without a space). */
const joinWrapped = (text: string, language: Language) =>
  text.split('\n').map((line) => line.trim()).join(LAYOUT[language].joinWithoutSpace ? '' : ' ');

function isNone(list: string, language: Language): boolean {
  const text = list.trim().replace(/[.。]$/u, '').trim().toLowerCase();
  return text === '' || NO_MEMBERS[language].some((word) => word.toLowerCase() === text);
}

/** A list that is complete: "None", or names that are all States. */
const isCompleteList = (list: string, language: Language) => isNone(list, language) || splitNames(list, language).every((name) => resolveCountry(name, language));

/**
 * The last list runs into the outcome ("None" / "The draft resolution received 15 votes…"): it is the longest run of
 * its lines, up to the end of its sentence, that reads as a complete list; failing that, its sentence (names then flagged).
 */
function lastList(segment: string, language: Language): string {
  const joinLines = (part: string) => joinWrapped(part, language);
  const lines = segment.split('\n');
  const sentence = (text: string) => /^[^。]*?(?:。|\.(?=\s|$))/u.exec(text)?.[0];
  let complete: string | null = null;
  for (let k = 1; k <= lines.length; k++) {
    const text = joinLines(lines.slice(0, k).join('\n'));
    const ended = sentence(text);
    if (isCompleteList(ended ?? text, language) && (ended ?? text).trim()) complete = ended ?? text;
    if (ended) return complete ?? longestListAtStart(ended, language) ?? ended;
  }
  return complete ?? joinLines(segment);
}

/** Unwrapped text where the list runs on into the next speaker ("China, Russian Federation The President: …"): its longest start that reads as a complete list. */
function longestListAtStart(text: string, language: Language): string | null {
  const words = text.split(' ');
  for (let k = words.length - 1; k > 0; k--) {
    const start = words.slice(0, k).join(' ');
    if (isCompleteList(start, language) && start.trim()) return start;
  }
  return null;
}

/** The symbol printed nearest to the words "draft resolution". */
function draftSymbol(text: string, symbols: FoundSymbol[], language: Language): string | null {
  const lower = text.toLowerCase();
  let best: { symbol: string; distance: number } | null = null;
  for (const word of DRAFT_RESOLUTION_WORDS[language]) {
    for (let at = lower.indexOf(word.toLowerCase()); at >= 0; at = lower.indexOf(word.toLowerCase(), at + 1)) {
      for (const found of symbols) {
        const distance = found.span[0] >= at ? found.span[0] - (at + word.length) : at - found.span[1];
        if (!best || distance < best.distance) best = { symbol: found.symbol, distance };
      }
    }
  }
  return best?.symbol ?? null;
}

/**
 * Every vote a text lists member by member under headings ("In favour:", "Against:", "Abstaining:"), in any of the six
 * languages: a President's letter recording a vote by written procedure (one vote, and the letter that set the
 * procedure), or a meeting record (one vote per draft put to the vote, each list after "A vote was taken by show of
 * hands"). A new "In favour" list starts the next vote; the draft is named before its lists, and what follows them, up
 * to the next vote, says which resolution it adopted and when. Each member's position is resolved to a State and
 * checked against the Council of that year. None when the text has no such lists. The document's symbol, when the text
 * has no cover (a stored model's paragraphs), is `known.symbol`.
 */
export function parseVoteLists(text: string, language: Language, known: { symbol?: string | null } = {}): VoteLetter[] {
  const { lines, joined } = letterBody(text, language);
  const headings = [...joined.matchAll(headingPattern(language))];
  const positions = new Map(headings.map((heading) => [heading, positionOf(heading[1], language)]));
  const groups: RegExpExecArray[][] = [];
  for (const heading of headings) {
    const current = groups[groups.length - 1];
    const opensVote = positions.get(heading) === 'in-favour';
    if (!current || (opensVote && current.some((h) => positions.get(h) === 'in-favour'))) groups.push([heading]);
    else current.push(heading);
  }
  if (groups.length === 0) return [];
  const joinLines = (part: string) => joinWrapped(part, language);

  // The document's own symbol is printed as page furniture ("United Nations S/2020/613", or alone on its line).
  const coverSymbols = lines.slice(0, COVER_LINES).filter((line) => furnitureKind(line, language) === 'furniture').flatMap((line) => findSymbols(line));
  const ownSymbol = coverSymbols.find((s) => !s.symbol.startsWith('S/RES/'))?.symbol ?? known.symbol ?? null;
  // A meeting record ("S/PV.8825") is the record of its meeting; a letter names the letter that set the procedure.
  const meeting = ownSymbol ? meetingOfRecord(ownSymbol) : null;
  const bodyText = joinLines(joined);
  const letterDate = findDates(bodyText, language)[0]?.iso ?? null;
  const documents = (part: string) => findSymbols(part).filter((s) => s.symbol !== ownSymbol && /^S\/\d{4}\//.test(s.symbol));
  const bodyDocuments = documents(bodyText);

  return groups.map((group, g) => {
    const groupEnd = groups[g + 1]?.[0].index ?? joined.length;
    const members: MemberVote[] = [];
    for (const [i, heading] of group.entries()) {
      const start = heading.index + heading[0].length;
      const last = i + 1 === group.length;
      const segment = joined.slice(start, last ? groupEnd : group[i + 1].index);
      const list = last ? lastList(segment, language) : joinLines(segment);
      if (isNone(list, language)) continue;
      const position = positions.get(heading) as VotePosition;
      for (const name of splitNames(list, language)) members.push({ name, country: resolveCountry(name, language), position });
    }
    // The draft is named before its lists (after the previous vote's), the resolution adopted after them.
    const before = joinLines(joined.slice(g === 0 ? 0 : groups[g - 1][groups[g - 1].length - 1].index, group[0].index));
    const outcomeText = joinLines(joined.slice(group[group.length - 1].index, groupEnd));
    const draft = draftSymbol(before, documents(before), language) ?? draftSymbol(bodyText, bodyDocuments, language);
    const procedureLetter = meeting === null ? (bodyDocuments.find((s) => s.symbol !== draft)?.symbol ?? null) : null;
    const resolution = findSymbols(outcomeText).find((s) => s.symbol.startsWith('S/RES/'))?.symbol ?? null;
    // The vote's date is the adoption's, stated with the outcome; else the document's own date, the first in its text.
    const date = findDates(outcomeText, language)[0]?.iso ?? letterDate;
    const year = date ? Number(date.slice(0, 4)) : null;

    const flags = membershipFlags(members, year);
    // "The draft resolution received 13 votes in favour, none against and 2 abstentions": the lists must agree.
    const totals = totalsOf(members);
    flags.push(...countFlags(findRecordedStatement(outcomeText, language)?.counts ?? {}, totals));
    if (!draft) flags.push('no draft resolution symbol found');
    if (!resolution) flags.push('no resulting resolution found after the vote');
    return { symbol: ownSymbol, language, date, meeting, draft, resolution, procedureLetter, members, unanimous: false, totals, flags };
  });
}
