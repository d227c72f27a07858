import { toCsv } from '../tables/csv.js';
import type { VotePosition } from '../lang/votes.js';
import type { ResolvedVote } from './types.js';

/**
 * Column names of the UN Digital Library's "Security Council Voting Data" (digitallibrary.un.org/record/4055387),
 * the subset this tool can fill; see docs/tables-and-votes.md for where they come from.
 */
export const UNDL_VOTING_COLUMNS = [
  'ms_code', 'ms_name', 'ms_vote', 'date', 'resolution', 'draft', 'meeting',
  'total_yes', 'total_no', 'total_abstentions', 'total_non_voting', 'total_ms',
] as const;

/** Y = yes, N = no, A = abstention, X = did not vote (the Digital Library's notation). */
const VOTE_CODE: Record<VotePosition, string> = { 'in-favour': 'Y', against: 'N', abstaining: 'A', 'not-participating': 'X' };

/** One line per member of one or more votes, in the Digital Library's column layout. */
export function votesCsv(votes: ResolvedVote[]): string {
  const rows = votes.flatMap((vote) =>
    vote.members.map((member) => [
      member.country?.iso3 ?? null,
      member.country?.name ?? member.name,
      VOTE_CODE[member.position],
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
