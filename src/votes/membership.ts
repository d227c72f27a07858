import { councilMembers } from '../data/council-membership.js';
import type { VotePosition } from '../lang/votes.js';
import { countryByIso3 } from './countries.js';
import type { MemberVote, VoteTotals } from './types.js';

const POSITION_TOTAL: Record<VotePosition, keyof VoteTotals> = {
  'in-favour': 'inFavour',
  against: 'against',
  abstaining: 'abstaining',
  'not-participating': 'notParticipating',
};

export function totalsOf(members: MemberVote[]): VoteTotals {
  const totals: VoteTotals = { inFavour: 0, against: 0, abstaining: 0, notParticipating: 0 };
  for (const member of members) totals[POSITION_TOTAL[member.position]]++;
  return totals;
}

/** The year's Council, every member voting in favour: what "adopted unanimously" means. */
export function unanimousVote(year: number): MemberVote[] | null {
  const members = councilMembers(year);
  if (!members) return null;
  return members.map((iso3) => {
    const country = countryByIso3(iso3);
    return { name: country?.name ?? iso3, country, position: 'in-favour' as const };
  });
}

/** What differs between the members who voted and the Council of that year: unknown names, outsiders, absentees, double votes. */
export function membershipFlags(members: MemberVote[], year: number | null): string[] {
  const flags: string[] = [];
  const unresolved = members.filter((m) => !m.country).map((m) => m.name);
  if (unresolved.length) flags.push(`names not recognised as States: ${unresolved.join('; ')}`);
  const codes = members.flatMap((m) => (m.country ? [m.country.iso3] : []));
  const twice = codes.filter((code, i) => codes.indexOf(code) !== i);
  if (twice.length) flags.push(`members listed more than once: ${[...new Set(twice)].join(', ')}`);
  const council = year === null ? null : councilMembers(year);
  if (!council) {
    flags.push(`membership of the Council unknown for ${year ?? 'an undated vote'}`);
    return flags;
  }
  const outsiders = [...new Set(codes.filter((code) => !council.includes(code)))];
  const absent = council.filter((code) => !codes.includes(code));
  if (outsiders.length) flags.push(`not members of the Council in ${year}: ${outsiders.join(', ')}`);
  if (absent.length && unresolved.length === 0) flags.push(`members of the Council in ${year} missing from the vote: ${absent.join(', ')}`);
  return flags;
}

/** Counts a source states that the members listed do not add up to. */
export function countFlags(stated: Partial<VoteTotals>, totals: VoteTotals): string[] {
  return (Object.entries(stated) as [keyof VoteTotals, number][])
    .filter(([key, value]) => value !== totals[key])
    .map(([key, value]) => `${key}: ${value} stated, ${totals[key]} members listed`);
}
