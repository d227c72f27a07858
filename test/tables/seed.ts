import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readAnnexTables } from '../../src/tables/index.js';
import { readDocument } from '../../src/read.js';

export const MALI_REPORT = join(import.meta.dirname, '../../corpus/seeds/S_2017_478-sg-report-mali-en.pdf.txt');

/** The Mali report read by the real pipeline, and the tables of its annexes. */
export const maliReport = async () => readAnnexTables(readFileSync(MALI_REPORT));
/** The annex lines as the pipeline cleans them (single spaces). */
export const maliAnnexLines = async (num: string) => (await readDocument(readFileSync(MALI_REPORT))).annexes!.find((a) => a.num === num)!.lines;
