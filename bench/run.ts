/**
 * `npm run bench`: throughput, latency and memory on the development corpus (corpus/), printed as figures.
 * Performance is measured here, never asserted in tests.
 *
 * What is measured is the built code in dist/, which `npx mandate` and the server run (the script builds it first).
 * tsx, which runs this file, transpiles with esbuild's keepNames: every closure the parser makes costs a call to
 * name it, which made the source read up to a third slower than the built code.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { UNDocument } from '../src/model.js';
import { renderClean, renderDegraded, seedOf } from '../test/util/render.js';
import { makePdf, LINE_PITCH, type Draw, type PageSpec } from '../test/extract/pdf-maker.js';

const CORPUS = join(import.meta.dirname, '../corpus');
const BUILT = join(import.meta.dirname, '../dist');
const { importAkn } = (await import(join(BUILT, 'akn/import.js'))) as typeof import('../src/akn/import.js');
const { readDocument } = (await import(join(BUILT, 'read.js'))) as typeof import('../src/read.js');
const { benchCompare } = (await import(join(BUILT, 'bench/compare.js'))) as typeof import('../src/bench/compare.js');
const { benchTables } = (await import(join(BUILT, 'bench/tables.js'))) as typeof import('../src/bench/tables.js');
const { benchStore } = (await import(join(BUILT, 'bench/store.js'))) as typeof import('../src/bench/store.js');
const { benchWeb } = (await import(join(BUILT, 'bench/web.js'))) as typeof import('../src/bench/web.js');
const MB = 1024 * 1024;
let peakRss = 0;
const sampleMemory = () => (peakRss = Math.max(peakRss, process.memoryUsage().rss));

function* xmlFiles(dir: string): Generator<string> {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* xmlFiles(path);
    else if (name.endsWith('.xml')) yield path;
  }
}

function print(section: string, figures: Record<string, string | number>): void {
  console.log(`\n${section}`);
  for (const [name, value] of Object.entries(figures)) console.log(`  ${name.padEnd(44)} ${value}`);
}

/** Runs `work` over the inputs, the best of `rounds` passes (the machine is shared), and reports throughput. */
async function throughput(inputs: Uint8Array[], work: (bytes: Uint8Array) => unknown, rounds = 3): Promise<{ seconds: number; bytes: number }> {
  const bytes = inputs.reduce((n, b) => n + b.length, 0);
  let best = Infinity;
  for (let round = 0; round < rounds; round++) {
    const start = performance.now();
    for (const input of inputs) await work(input);
    best = Math.min(best, (performance.now() - start) / 1000);
    sampleMemory();
  }
  return { seconds: best, bytes };
}

const rate = (n: number, seconds: number, unit: string) => `${(n / seconds).toFixed(1)} ${unit}`;

async function benchReading(): Promise<void> {
  const files = [...xmlFiles(join(CORPUS, 'unxml-dev'))];
  const xmls = files.map((f) => readFileSync(f));
  const xml = await throughput(xmls, (bytes) => importAkn(Buffer.from(bytes).toString('utf8'), ''));
  print('Reading: Akoma Ntoso import (corpus/unxml-dev, all languages)', {
    documents: files.length,
    'MB/s': rate(xml.bytes / MB, xml.seconds, 'MB/s'),
    'documents/s': rate(files.length, xml.seconds, 'docs/s'),
  });

  const english = files.filter((f) => /\/(200\d|2020\/English)\//.test(f) && basename(f).startsWith('S_RES_'));
  const models: UNDocument[] = english.map((f) => importAkn(readFileSync(f, 'utf8'), ''));
  const seeds = readdirSync(join(CORPUS, 'seeds')).map((f) => readFileSync(join(CORPUS, 'seeds', f)));
  const clean = models.map((m) => Buffer.from(renderClean(m)));
  const degraded = models.map((m, i) => Buffer.from(renderDegraded(m, seedOf(basename(english[i])))));
  for (const [name, inputs] of [['clean text (rendered from the English AKN)', clean], ['PDF-extracted text (rendered, degraded)', degraded], ['the seed documents as published', seeds]] as const) {
    const result = await throughput(inputs, (bytes) => readDocument(bytes));
    print(`Reading: ${name}`, {
      documents: inputs.length,
      MB: (result.bytes / MB).toFixed(2),
      'MB/s (one core)': rate(result.bytes / MB, result.seconds, 'MB/s'),
      'documents/s': rate(inputs.length, result.seconds, 'docs/s'),
    });
  }

  const draft = readFileSync(join(CORPUS, 'seeds/S_2017_558-draft-resolution-en.pdf.txt'), 'utf8');
  const pdfs: Uint8Array[] = [];
  for (let copy = 0; copy < 5; copy++) pdfs.push(await makePdf(pagesOf(draft)));
  const pages = (await readDocument(pdfs[0])).source.pages * pdfs.length;
  const pdf = await throughput(pdfs, (bytes) => readDocument(bytes), 2);
  print('Reading: PDF (the draft laid out as a PDF, 5 copies)', { pages, 'pages/s': rate(pages, pdf.seconds, 'pages/s') });
}

/** The draft seed's lines drawn at the positions its text suggests (46 lines a page). */
function pagesOf(text: string): PageSpec[] {
  const lines = text.split('\n').map((l) => l.replace(/\s+$/, '')).filter((l) => l.trim() !== '');
  const pages: PageSpec[] = [];
  for (let start = 0; start < lines.length; start += 46) {
    const draws: Draw[] = lines.slice(start, start + 46).map((line, i) => ({ text: line.trim(), x: 72 + (line.length - line.trimStart().length) * 18, y: 60 + i * LINE_PITCH, size: 11 }));
    pages.push({ draws });
  }
  return pages;
}

/** A section another part of the project measures (its module in dist/bench/). */
async function section(name: string, run: () => Promise<Record<string, string | number>>): Promise<void> {
  print(name, await run());
  sampleMemory();
}

await benchReading();
await section('Comparison', benchCompare);
await section('Tables', benchTables);
await section('Store', benchStore);
await section('Web', benchWeb);
print('Memory', { 'peak resident set': `${(peakRss / MB).toFixed(0)} MB` });
