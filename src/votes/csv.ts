import { PERMANENT_MEMBERS } from '../data/council-membership.js';
import { toCsv } from '../tables/csv.js';
import type { VotePosition } from '../lang/votes.js';
import type { ResolvedVote } from './types.js';

/**
 * Column names of the UN Digital Library's "Security Council Voting Data" (digitallibrary.un.org/record/4055387),
 * the subset this tool can fill; see docs/tables-and-votes.md for where they come from.
 */
export const UNDL_VOTING_COLUMNS = [
  'ms_code', 'ms_name', 'ms_vote', 'permanent_member', 'date', 'resolution', 'draft', 'meeting',
  'total_yes', 'total_no', 'total_abstentions', 'total_non_voting', 'total_ms',
] as const;

/** Y = yes, N = no, A = abstention, blank = non-participating (the Digital Library's notation). */
const VOTE_CODE: Record<VotePosition, string> = { 'in-favour': 'Y', against: 'N', abstaining: 'A', 'not-participating': '' };
const PERMANENT = new Set<string>(PERMANENT_MEMBERS);

/** One line per member of one or more votes, in the Digital Library's column layout. */
export function votesCsv(votes: ResolvedVote[]): string {
  const rows = votes.flatMap((vote) =>
    vote.members.map((member) => [
      member.country?.iso3 ?? null,
      member.country?.name ?? member.name,
      VOTE_CODE[member.position],
      // The Digital Library marks permanent members P and elected (rotating) members R.
      member.country ? (PERMANENT.has(member.country.iso3) ? 'P' : 'R') : null,
      vote.date,
      vote.resolution,
      vote.draft,
      vote.meeting,
      vote.totals.inFavour,
      vote.totals.against,
      vote.totals.abstaining,
      vote.totals.notParticipating,
      vote.members.length,
    ]),
  );
  return toCsv([[...UNDL_VOTING_COLUMNS], ...rows]);
}
