import { readFileSync } from 'node:fs';
import { extract } from '../extract/index.js';
import { readDocument } from '../read.js';
import { recoverAnnexTable } from '../tables/index.js';
import { annexSourceLines } from '../tables/source-lines.js';

const REPORT = new URL('../../corpus/seeds/S_2017_478-sg-report-mali-en.pdf.txt', import.meta.url);
const ROUNDS = 50;

/** Tables rebuilt per second from the report's annexes (the report read once; the tables rebuilt again and again). */
export async function benchTables(): Promise<Record<string, string | number>> {
  const bytes = readFileSync(REPORT);
  const doc = await readDocument(bytes);
  const extracted = await extract(bytes);
  const annexes = (doc.annexes ?? []).map((annex) => ({ ...annex, lines: annexSourceLines(extracted, annex, doc.language) }));
  let recovered = 0;
  const start = performance.now();
  for (let round = 0; round < ROUNDS; round++) {
    for (const annex of annexes) if (recoverAnnexTable(annex, doc.language)) recovered++;
  }
  const seconds = (performance.now() - start) / 1000;
  return { annexes: annexes.length, 'tables recovered': recovered / ROUNDS, 'tables/s': (recovered / seconds).toFixed(1) };
}
