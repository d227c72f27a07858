import { InputError } from '../errors.js';
import { RECORDED_VOTE, UNANIMOUS_PHRASES, type VotePosition } from '../lang/votes.js';
import { findDates } from '../lang/months.js';
import type { Language, UNDocument, VoteRecord } from '../model.js';
import { findSymbols, resolutionSymbol } from '../recognize/symbols.js';
import { resolveCountry } from './countries.js';
import { splitNames } from './names.js';
import { countFlags, membershipFlags, totalsOf, unanimousVote } from './membership.js';
import type { MemberVote, ResolvedVote, VoteTotals } from './types.js';

const RECORD_POSITIONS: [keyof Omit<VoteRecord, 'unanimous'>, VotePosition][] = [
  ['inFavour', 'in-favour'],
  ['against', 'against'],
  ['abstaining', 'abstaining'],
  ['notParticipating', 'not-participating'],
];

interface VoteContext {
  resolution: string | null;
  draft: string | null;
  date: string | null;
  meeting: number | null;
  language: Language;
  /** the year of the vote when its full date is unknown */
  year?: number | null;
  /** counts stated by the source ("Adopted 13-0-2"), checked against the lists */
  statedTotals?: Partial<VoteTotals>;
}

/**
 * A vote record with members named as printed → members resolved to States, totals, and what does not agree.
 * A record that only says "unanimous" stands for the Council of that year voting in favour.
 */
export function resolveVoteRecord(record: VoteRecord, context: VoteContext): ResolvedVote {
  const year = context.date ? Number(context.date.slice(0, 4)) : (context.year ?? null);
  let members: MemberVote[] = RECORD_POSITIONS.flatMap(([field, position]) =>
    record[field].map((name) => ({ name, country: resolveCountry(name, context.language), position })),
  );
  const flags: string[] = [];
  const unanimous = members.length === 0 && record.unanimous === true;
  if (unanimous) {
    members = (year !== null && unanimousVote(year)) || [];
    if (!members.length) flags.push(`unanimous, but the membership of the Council in ${year ?? 'an undated year'} is unknown`);
  } else {
    flags.push(...membershipFlags(members, year));
    if (record.unanimous && members.some((m) => m.position !== 'in-favour')) flags.push('recorded as unanimous, but not every member voted in favour');
  }
  const totals = totalsOf(members);
  // A decision taken without a vote (by acclamation) records counts of zero: nothing to check them against.
  const stated = context.statedTotals ?? {};
  const countsRecorded = !(record.unanimous && Object.values(stated).every((value) => value === 0));
  if (countsRecorded) flags.push(...countFlags(stated, totals));
  return { resolution: context.resolution, draft: context.draft, date: context.date, meeting: context.meeting, members, unanimous, totals, flags };
}

/** The vote of a document read by the pipeline (an AKN resolution's adoption record). */
export function voteOfDocument(doc: UNDocument): ResolvedVote {
  const record = doc.adoption?.votes ?? (doc.adoption?.outcome && isUnanimous(doc.adoption.outcome, doc.language) ? emptyUnanimous() : undefined);
  if (!record) throw new InputError(`${doc.symbol ?? 'the document'} carries no vote record`);
  return resolveVoteRecord(record, {
    resolution: doc.kind === 'resolution' ? doc.symbol : null,
    draft: doc.adoption?.draft ?? null,
    date: doc.date,
    meeting: doc.meeting,
    language: doc.language,
    statedTotals: doc.adoption?.outcome ? countsOfOutcome(doc.adoption.outcome) : undefined,
  });
}

const emptyUnanimous = (): VoteRecord => ({ inFavour: [], against: [], abstaining: [], notParticipating: [], unanimous: true });

/** "Adopted 13-0-2" → in favour 13, against 0, abstaining 2; nothing for "Adopted unanimously". */
export function countsOfOutcome(outcome: string): Partial<VoteTotals> | undefined {
  const m = /(\d{1,2})\s*-\s*(\d{1,2})\s*-\s*(\d{1,2})/.exec(outcome);
  return m ? { inFavour: Number(m[1]), against: Number(m[2]), abstaining: Number(m[3]) } : undefined;
}

/** Where the text says the Council adopted unanimously ("Adopted unanimously", "unanimously adopting resolution 2364 (2017)"). */
export function findUnanimousStatement(text: string, language: Language): [number, number] | null {
  for (const phrase of UNANIMOUS_PHRASES[language]) {
    const m = phrase.exec(text);
    if (m) return [m.index, m.index + m[0].length];
  }
  return null;
}

export const isUnanimous = (text: string, language: Language) => findUnanimousStatement(text, language) !== null;

/** "Resolution 2364" without its year, as press summaries print it. */
const BARE_RESOLUTION = /\b(?:resolution|résolution|resolución)\s+(\d{1,4})\b(?!\s*\()/iu;

/** The resolution and date of the sentence around `span`: the resolution it cites, the date of that resolution's year. */
function statementContext(text: string, span: [number, number], language: Language, defaultDate: string | null) {
  const sentenceStart = Math.max(text.lastIndexOf('.', span[0]) + 1, text.lastIndexOf('\n', span[0]) + 1, 0);
  const sentenceEnd = [text.indexOf('. ', span[1]), text.indexOf('\n', span[1])].filter((i) => i >= 0).reduce((a, b) => Math.min(a, b), text.length);
  const sentence = text.slice(sentenceStart, sentenceEnd);
  const cited = findSymbols(sentence).find((s) => s.symbol.startsWith('S/RES/'))?.symbol;
  const citedYear = cited ? /\((\d{4})\)/.exec(cited)?.[1] : undefined;
  // Other dates in the sentence are what the resolution decides ("extend the mandate until 30 June 2018").
  const dates = findDates(sentence, language).map((d) => d.iso);
  const date = (citedYear ? dates.find((d) => d.startsWith(citedYear)) : dates[0]) ?? defaultDate;
  const bare = BARE_RESOLUTION.exec(sentence);
  const resolution = cited ?? (bare && date ? resolutionSymbol(bare[1], date.slice(0, 4)) : null);
  const year = citedYear ? Number(citedYear) : date ? Number(date.slice(0, 4)) : null;
  return { resolution, date, year };
}

/** The recorded vote a running text reports with counts, the one that names the most members ("13 in favour to none against, with 2 abstentions (China, Russian Federation)"). */
export function findRecordedStatement(text: string, language: Language) {
  const recorded = RECORDED_VOTE[language];
  if (!recorded) return null;
  const count = (value: string | undefined) => (value === undefined ? 0 : recorded.none.test(value) ? 0 : Number(value));
  const statements = [...text.matchAll(recorded.pattern)].map((m) => {
    const g = m.groups!;
    const named = (names: string | undefined) => (names ? splitNames(names, language) : []);
    return {
      span: [m.index, m.index + m[0].length] as [number, number],
      counts: { inFavour: count(g.favour), against: count(g.against), abstaining: count(g.abstaining) },
      against: named(g.againstNames),
      abstaining: named(g.abstainingNames),
    };
  });
  const namedCount = (s: (typeof statements)[number]) => s.against.length + s.abstaining.length;
  return statements.reduce<(typeof statements)[number] | null>((best, s) => (!best || namedCount(s) > namedCount(best) ? s : best), null);
}

/**
 * The vote a running text reports: as unanimous ("The Security Council unanimously approved Resolution 2364 on
 * 29 June 2017": every member of that year's Council in favour), or with its counts and the members of the minority
 * named, as press summaries report a recorded vote (the year's other members then voted in favour). The resolution
 * and date are those of the sentence that says so. Null when the text says no such thing.
 */
export function statedVoteOfText(text: string, language: Language, defaultDate: string | null = null): ResolvedVote | null {
  const unanimity = findUnanimousStatement(text, language);
  const recorded = findRecordedStatement(text, language);
  if (recorded && (!unanimity || recorded.span[0] < unanimity[0])) {
    const { resolution, date, year } = statementContext(text, recorded.span, language, defaultDate);
    const { counts } = recorded;
    // The members in favour are the year's others only when every member of the minority is named.
    const minorityNamed = recorded.against.length === counts.against && recorded.abstaining.length === counts.abstaining;
    const minority = new Set([...recorded.against, ...recorded.abstaining].map((name) => resolveCountry(name, language)?.iso3));
    const council = minorityNamed && year !== null ? unanimousVote(year) : null;
    const inFavour = (council ?? []).filter((m) => !minority.has(m.country?.iso3)).map((m) => m.name);
    const record: VoteRecord = { inFavour, against: recorded.against, abstaining: recorded.abstaining, notParticipating: [] };
    return resolveVoteRecord(record, { resolution, draft: null, date, year, meeting: null, language, statedTotals: counts });
  }
  if (!unanimity) return null;
  const { resolution, date, year } = statementContext(text, unanimity, language, defaultDate);
  return resolveVoteRecord(emptyUnanimous(), { resolution, draft: null, date, year, meeting: null, language });
}

/** One resolution in the UN's metadata files (corpus/unxml-dev/metadata/<year>.json, one JSON object a line). */
export interface ResolutionMetadata {
  symbol: string;
  adoption_date: string;
  adoption_type: string;
  adoption_meeting?: string;
  draft_resolution?: string;
  MS_in_favour?: string[];
  MS_against?: string[];
  MS_abstaining?: string[];
  MS_in_favour_count?: string;
  MS_against_count?: string;
  MS_abstaining_count?: string;
}

export function parseMetadataLines(text: string): ResolutionMetadata[] {
  return text
    .split('\n')
    .filter((line) => line.trim())
    .map((line, i) => {
      try {
        return JSON.parse(line) as ResolutionMetadata;
      } catch {
        throw new InputError(`metadata line ${i + 1} is not JSON`);
      }
    });
}

const countOf = (value: string | undefined) => (value && /^\d+$/.test(value.trim()) ? Number(value) : undefined);

/** The vote a metadata entry records; counts are those of its count fields, else of "Adopted 13-0-2". */
export function voteOfMetadata(entry: ResolutionMetadata, isoDate: string | null): ResolvedVote {
  const record: VoteRecord = {
    inFavour: entry.MS_in_favour ?? [],
    against: entry.MS_against ?? [],
    abstaining: entry.MS_abstaining ?? [],
    notParticipating: [],
    ...(isUnanimous(entry.adoption_type, 'en') ? { unanimous: true } : {}),
  };
  const counted = { inFavour: countOf(entry.MS_in_favour_count), against: countOf(entry.MS_against_count), abstaining: countOf(entry.MS_abstaining_count) };
  const statedTotals = Object.values(counted).some((v) => v !== undefined)
    ? (Object.fromEntries(Object.entries(counted).filter(([, v]) => v !== undefined)) as Partial<VoteTotals>)
    : countsOfOutcome(entry.adoption_type);
  const meeting = /(\d+)/.exec(entry.adoption_meeting ?? '')?.[1];
  return resolveVoteRecord(record, {
    resolution: entry.symbol,
    draft: entry.draft_resolution || null,
    date: isoDate,
    meeting: meeting ? Number(meeting) : null,
    language: 'en',
    statedTotals,
  });
}
