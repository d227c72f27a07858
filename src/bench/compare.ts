import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { importAkn } from '../akn/import.js';
import { compareDocuments } from '../compare/index.js';
import type { Paragraph, UNDocument } from '../model.js';
import { readDocument } from '../read.js';

const CORPUS = join(import.meta.dirname, '../../corpus');

const milliseconds = (start: number) => Math.round((performance.now() - start) * 10) / 10;

/** Median time of `runs` calls after three warm-up calls, in ms. */
function medianTime(runs: number, run: () => void): number {
  for (let k = 0; k < 3; k++) run();
  const times: number[] = [];
  for (let k = 0; k < runs; k++) {
    const start = performance.now();
    run();
    times.push(milliseconds(start));
  }
  return times.sort((a, b) => a - b)[Math.floor(runs / 2)]!;
}

async function readCorpus(path: string): Promise<UNDocument> {
  return readDocument(new Uint8Array(readFileSync(join(CORPUS, path))));
}

/** Operative paragraph texts of the 2000–2009 English resolutions, for synthetic large inputs. */
function corpusParagraphs(limit: number): string[] {
  const texts: string[] = [];
  const root = join(CORPUS, 'unxml-dev');
  for (const year of readdirSync(root).filter((y) => /^200\d$/.test(y)).sort()) {
    for (const file of readdirSync(join(root, year)).filter((f) => f.startsWith('S_RES_') && f.endsWith('.xml')).sort()) {
      const doc = importAkn(readFileSync(join(root, year, file), 'utf8'), '');
      for (const node of doc.body) if (node.type === 'paragraph' && node.text.length > 80) texts.push(node.text);
      if (texts.length >= limit) return texts.slice(0, limit);
    }
  }
  return texts;
}

function report(texts: string[]): UNDocument {
  const body: Paragraph[] = texts.map((text, k) => ({ type: 'paragraph', id: `p${k + 1}`, num: String(k + 1), text, items: [] }));
  return { kind: 'sg-report', symbol: null, language: 'en', date: null, meeting: null, preamble: [], body, source: { format: 'text', sha256: '', pages: 1 } };
}

/**
 * Comparison timings: a mandate against its renewal (S/RES/2364 (2017) → S/RES/2531 (2020), about 60 operative
 * paragraphs each), a draft against the adopted text, and bounded adversarial runs (long unrelated reports,
 * thousands of identical paragraphs, one huge paragraph against another).
 */
export async function benchCompare(): Promise<Record<string, string | number>> {
  const draft = await readCorpus('seeds/S_2017_558-draft-resolution-en.pdf.txt');
  const adopted = await readCorpus('seeds/S_RES_2364_2017-resolution-en.md');
  const renewal = await readCorpus('unxml-dev/2020/English/S_RES_2531 (2020)-2008609E.xml');
  const texts = corpusParagraphs(3000);
  const same = Array.from({ length: 2000 }, () => 'Decides to remain actively seized of the matter.');
  const huge = (from: number) => [texts.slice(from, from + 400).join(' ')];

  const adversarial: Record<string, number> = {};
  const time = (name: string, left: UNDocument, right: UNDocument) => {
    const start = performance.now();
    compareDocuments(left, right, { facts: null });
    adversarial[name] = milliseconds(start);
  };
  time('adversarial_unrelated_1500x1500_ms', report(texts.slice(0, 1500)), report(texts.slice(1500, 3000)));
  time('adversarial_edited_1500_ms', report(texts.slice(0, 1500)), report(texts.slice(0, 1500).reverse()));
  time('adversarial_identical_2000_ms', report(same), report(same.slice(1)));
  time('adversarial_huge_paragraph_ms', report(huge(0)), report(huge(400)));

  const paragraphs = (doc: UNDocument) => doc.body.filter((n) => n.type === 'paragraph').length;
  return {
    renewal_operative_paragraphs: `${paragraphs(adopted)} → ${paragraphs(renewal)}`,
    renewal_compare_ms: medianTime(11, () => compareDocuments(adopted, renewal, { facts: null })),
    renewal_compare_with_mandate_ms: medianTime(11, () => compareDocuments(adopted, renewal)),
    renewal_verdict: compareDocuments(adopted, renewal).verdict,
    draft_compare_ms: medianTime(11, () => compareDocuments(draft, adopted, { facts: null })),
    draft_verdict: compareDocuments(draft, adopted).verdict,
    ...adversarial,
    adversarial_worst_ms: Math.max(...Object.values(adversarial)),
  };
}
