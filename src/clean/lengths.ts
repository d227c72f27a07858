/**
 * The length at `share` of the way through items sorted by length (0.9: the length nine in ten stay within), the
 * lengths counted rather than sorted: lines are many and their lengths few.
 */
export function lengthAtShare<T>(items: readonly T[], share: number, lengthOf: (item: T) => number): number {
  if (items.length === 0) return 0;
  let longest = 0;
  for (const item of items) longest = Math.max(longest, lengthOf(item));
  const counts = new Uint32Array(longest + 1);
  for (const item of items) counts[lengthOf(item)]++;
  let rank = Math.min(items.length - 1, Math.floor(items.length * share));
  let length = 0;
  while (rank >= counts[length]) rank -= counts[length++];
  return length;
}
