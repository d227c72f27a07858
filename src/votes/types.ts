import type { VotePosition } from '../lang/votes.js';
import type { Language } from '../model.js';
import type { Country } from './countries.js';

export type { VotePosition } from '../lang/votes.js';

/** One Council member's vote: the name as printed and the State it designates (null when unknown). */
export interface MemberVote {
  name: string;
  country: Country | null;
  position: VotePosition;
}

export interface VoteTotals {
  inFavour: number;
  against: number;
  abstaining: number;
  notParticipating: number;
}

/** A vote on one draft: who voted how, and what does not add up (never corrected silently). */
export interface ResolvedVote {
  /** symbol of the resolution adopted ("S/RES/2531 (2020)"), if known */
  resolution: string | null;
  draft: string | null;
  /** ISO date of the vote */
  date: string | null;
  meeting: number | null;
  members: MemberVote[];
  /** the record says "unanimous" and the members are the Council of that year, not a printed list */
  unanimous: boolean;
  totals: VoteTotals;
  flags: string[];
}

/** A letter of the President recording a vote taken by written procedure (2020–2021). */
export interface VoteLetter extends ResolvedVote {
  /** the letter's own symbol ("S/2020/613") */
  symbol: string | null;
  language: Language;
  /** the letter that set the procedure ("S/2020/253") */
  procedureLetter: string | null;
}
