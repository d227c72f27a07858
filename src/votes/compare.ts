import type { ResolvedVote } from './types.js';

/** Where two records of the same vote disagree, member by member (by ISO code) and in their totals. */
export function voteDifferences(a: ResolvedVote, b: ResolvedVote): string[] {
  const positions = (vote: ResolvedVote) => new Map(vote.members.map((m) => [m.country?.iso3 ?? `?${m.name}`, m.position]));
  const [left, right] = [positions(a), positions(b)];
  const differences: string[] = [];
  for (const code of new Set([...left.keys(), ...right.keys()])) {
    if (left.get(code) !== right.get(code)) differences.push(`${code}: ${left.get(code) ?? 'absent'} / ${right.get(code) ?? 'absent'}`);
  }
  for (const key of Object.keys(a.totals) as (keyof ResolvedVote['totals'])[]) {
    if (a.totals[key] !== b.totals[key]) differences.push(`${key}: ${a.totals[key]} / ${b.totals[key]}`);
  }
  return differences;
}
