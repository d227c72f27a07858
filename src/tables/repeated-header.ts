/**
 * A table's column header is printed again at the top of every page it runs onto. The header is the longest run of
 * lines just before the first row that occurs again further down; every occurrence of that run is dropped.
 * Returns the lines without the header, and the header lines (empty when none repeats).
 */
export function dropRepeatedHeader(lines: string[], firstRow: number): { lines: string[]; header: string[] } {
  let header: string[] = [];
  for (let length = Math.min(firstRow, 8); length >= 1 && header.length === 0; length--) {
    const candidate = lines.slice(firstRow - length, firstRow);
    if (occurrences(lines, candidate, firstRow).length > 0) header = candidate;
  }
  if (header.length === 0) return { lines, header };
  const starts = new Set([firstRow - header.length, ...occurrences(lines, header, firstRow)]);
  const kept: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (starts.has(i)) i += header.length - 1;
    else kept.push(lines[i]);
  }
  return { lines: kept, header };
}

function occurrences(lines: string[], run: string[], from: number): number[] {
  const found: number[] = [];
  for (let i = from; i + run.length <= lines.length; i++) {
    if (run.every((line, k) => lines[i + k] === line)) found.push(i);
  }
  return found;
}
