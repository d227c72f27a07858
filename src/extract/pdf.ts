import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { PDFPageProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { TextItem } from 'pdfjs-dist/types/src/display/api.js';
import { InputError } from '../errors.js';
import type { SourceLine } from './types.js';

/** Where `%PDF-` may start: some files carry a few junk bytes before it, which readers accept. */
const PDF_MAGIC_WINDOW = 1024;
/** Readers expect `%%EOF` within the last kilobyte (padding aside); without it the file was cut short. */
const PDF_EOF_WINDOW = 1024;

/** Two text runs on one line are separate words when the gap between them is at least this part of the font size. */
const WORD_GAP_EM = 0.15;
/** A gap this wide (in font sizes) separates columns, not words: it is kept as two spaces. */
const COLUMN_GAP_EM = 2.5;
/** Runs whose baselines are closer than this part of the font size are on one line (superscripts included). */
const BASELINE_TOLERANCE_EM = 0.5;
/** The same text drawn twice this close together is one word printed as fake bold. */
const OVERPRINT_EM = 0.2;
/**
 * Lines further apart than the document's usual line pitch plus this (in font sizes) have white space between
 * them, as between paragraphs: a blank line stands there, as it would in text input.
 */
const BLOCK_GAP_EM = 0.25;
/** The line pitch assumed when a document has too few lines to measure it, in font sizes. */
const DEFAULT_PITCH_EM = 1.2;
const MAX_PITCH_EM = 3;

/** Scripts written without spaces between words: a gap between two such characters is spacing, not a word break. */
const UNSPACED_SCRIPT = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u3000-\u303f\uff00-\uffef]/u;

const PDF_MAGIC = [0x25, 0x50, 0x44, 0x46, 0x2d]; // %PDF-
const PDF_EOF = [0x25, 0x25, 0x45, 0x4f, 0x46]; // %%EOF

function indexOfBytes(bytes: Uint8Array, pattern: readonly number[], from: number, to: number): number {
  const window = bytes.subarray(0, Math.min(to, bytes.length));
  const last = window.length - pattern.length;
  // The native search finds where the first byte stands; only there is the rest compared.
  for (let i = window.indexOf(pattern[0]!, Math.max(0, from)); i >= 0 && i <= last; i = window.indexOf(pattern[0]!, i + 1)) {
    if (pattern.every((byte, j) => window[i + j] === byte)) return i;
  }
  return -1;
}

const PADDING = new Set([0x00, 0x09, 0x0a, 0x0c, 0x0d, 0x20]);

/** `%%EOF` near the end, not counting white space or NUL padding after it. */
function hasEndMarker(bytes: Uint8Array): boolean {
  let end = bytes.length;
  while (end > 0 && PADDING.has(bytes[end - 1]!)) end--;
  return indexOfBytes(bytes, PDF_EOF, end - PDF_EOF_WINDOW, end) >= 0;
}

/** A PDF is told by its `%PDF-` header near the start, whatever the file is called. */
export function isPdf(bytes: Uint8Array): boolean {
  return indexOfBytes(bytes, PDF_MAGIC, 0, PDF_MAGIC_WINDOW + PDF_MAGIC.length) >= 0;
}

export interface PdfText {
  text: string;
  pages: number;
  lines: SourceLine[];
  warnings: string[];
}

/** A piece of text pdf.js found, placed on the page: x, y from the top left, in points; y is the baseline. */
interface Run {
  text: string;
  x: number;
  y: number;
  width: number;
  size: number;
  rtl: boolean;
  /** rotated or vertical text is kept as a line of its own */
  horizontal: boolean;
}

type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');

let pdfjsLoaded: Promise<{ pdfjs: PdfJs; dataDir: string }> | undefined;

/** pdf.js is large: load it the first time a PDF is met. In Node it runs its worker code on the main thread. */
function loadPdfJs(): Promise<{ pdfjs: PdfJs; dataDir: string }> {
  pdfjsLoaded ??= (async () => {
    const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
    const require = createRequire(import.meta.url);
    pdfjs.GlobalWorkerOptions.workerSrc = pathToFileURL(require.resolve('pdfjs-dist/legacy/build/pdf.worker.mjs')).href;
    return { pdfjs, dataDir: dirname(require.resolve('pdfjs-dist/package.json')) };
  })();
  return pdfjsLoaded;
}

/** Errors of JavaScript itself are bugs, to be reported as such; anything else pdf.js throws is about the file. */
const PROGRAMMING_ERRORS = new Set(['TypeError', 'ReferenceError', 'RangeError', 'SyntaxError']);

function pdfError(error: unknown): unknown {
  if (error instanceof InputError) return error;
  const name = (error as { name?: string } | undefined)?.name;
  if (name === 'PasswordException') return new InputError('encrypted PDF: a password is needed');
  if (name !== undefined && PROGRAMMING_ERRORS.has(name)) return error;
  const detail = (error instanceof Error ? error.message : String(error)).split('\n')[0]!.replace(/\.$/, '');
  return new InputError(`damaged PDF, cannot be read: ${detail.charAt(0).toLowerCase()}${detail.slice(1)}`);
}

function toRun(item: TextItem, viewportTransform: number[], pdfjs: PdfJs): Run | null {
  if (item.str.trim() === '') return null;
  const [a, b, c, d, x, y] = pdfjs.Util.transform(viewportTransform, item.transform) as number[];
  const size = Math.hypot(c!, d!);
  if (!(size > 0)) return null;
  return {
    // a line break inside a run would break the line and page structure of the text
    text: item.str.replace(/[\n\r\f\v]/g, ' '),
    x: x!,
    y: y!,
    width: item.width,
    size,
    rtl: item.dir === 'rtl',
    horizontal: item.dir !== 'ttb' && a! > 0 && Math.abs(b!) <= a! * 0.01,
  };
}

/** Runs by baseline, top to bottom: a run joins the line when its baseline is within tolerance of the line's largest run. */
function groupIntoLines(runs: Run[]): Run[][] {
  const sorted = [...runs].sort((p, q) => p.y - q.y || p.x - q.x);
  const lines: Run[][] = [];
  let reference: Run | undefined;
  for (const run of sorted) {
    const current = lines.at(-1);
    if (
      current !== undefined &&
      reference !== undefined &&
      run.horizontal &&
      reference.horizontal &&
      Math.abs(run.y - reference.y) <= BASELINE_TOLERANCE_EM * Math.max(run.size, reference.size)
    ) {
      current.push(run);
      if (run.size > reference.size) reference = run;
    } else {
      lines.push([run]);
      reference = run;
    }
  }
  return lines;
}

function characterCount(runs: Run[], rtl: boolean): number {
  return runs.reduce((sum, run) => sum + (run.rtl === rtl ? run.text.length : 0), 0);
}

/** What goes between two runs: nothing where glyph runs touch, a space at a word gap, two spaces at a column gap. */
function separator(gap: number, before: string, after: string, size: number): string {
  if (gap >= COLUMN_GAP_EM * size) return '  ';
  if (gap < WORD_GAP_EM * size) return '';
  const unspaced = UNSPACED_SCRIPT.test(before.trimEnd().slice(-1)) && UNSPACED_SCRIPT.test(after.trimStart().charAt(0));
  return unspaced ? '' : ' ';
}

/** The text of one line, runs in reading order: left to right, or right to left where right-to-left script dominates. */
function lineText(runs: Run[]): string {
  const rtl = characterCount(runs, true) > characterCount(runs, false);
  const ordered = [...runs].sort(rtl ? (p, q) => q.x + q.width - (p.x + p.width) : (p, q) => p.x - q.x);
  let text = '';
  let previous: Run | undefined;
  for (const run of ordered) {
    if (previous) {
      const size = Math.max(previous.size, run.size);
      if (run.text === previous.text && Math.abs(run.x - previous.x) < OVERPRINT_EM * size) continue;
      const gap = rtl ? previous.x - (run.x + run.width) : run.x - (previous.x + previous.width);
      const between = separator(gap, text, run.text, size);
      text = between ? text.trimEnd() + between + run.text.trimStart() : text + run.text;
    } else {
      text = run.text;
    }
    previous = run;
  }
  return text.trim();
}

interface PageLine {
  text: string;
  indent: number;
  y: number;
  size: number;
}

async function pageLines(page: PDFPageProxy, pdfjs: PdfJs): Promise<PageLine[]> {
  const viewport = page.getViewport({ scale: 1 });
  const content = await page.getTextContent();
  const runs: Run[] = [];
  for (const item of content.items) {
    if (!('str' in item)) continue;
    const run = toRun(item, viewport.transform, pdfjs);
    if (run) runs.push(run);
  }
  return groupIntoLines(runs)
    .map((line) => {
      const largest = line.reduce((p, q) => (q.size > p.size ? q : p));
      return {
        text: lineText(line),
        indent: Math.round(Math.min(...line.map((run) => run.x))),
        y: Math.round(largest.y * 100) / 100,
        size: Math.round(largest.size * 100) / 100,
      };
    })
    .filter((line) => line.text !== '');
}

/**
 * The most common distance between consecutive baselines, in font sizes (to 0.05): the body text's line pitch.
 * Distances of more than three font sizes are gaps, never a pitch; between equally common pitches, the smaller.
 */
function usualPitch(pages: PageLine[][]): number {
  const counts = new Map<number, number>();
  for (const lines of pages) {
    for (let i = 1; i < lines.length; i++) {
      const pitch = Math.round(((lines[i]!.y - lines[i - 1]!.y) / lines[i]!.size) * 20) / 20;
      if (pitch > 0 && pitch <= MAX_PITCH_EM) counts.set(pitch, (counts.get(pitch) ?? 0) + 1);
    }
  }
  let usual = DEFAULT_PITCH_EM;
  let most = 0;
  for (const [pitch, count] of counts) {
    if (count > most || (count === most && pitch < usual)) [usual, most] = [pitch, count];
  }
  return usual;
}

function listPages(pages: number[]): string {
  return pages.length === 1 ? `page ${pages[0]}` : `pages ${pages.join(', ')}`;
}

/**
 * Text of a PDF through pdf.js: lines are text runs grouped by baseline, in reading order, with their position;
 * lines are joined by "\n" (a blank line where white space separates them) and pages by "\f".
 * Refuses encrypted, damaged, truncated and text-less PDFs with one line.
 */
export async function extractPdf(bytes: Uint8Array): Promise<PdfText> {
  if (!hasEndMarker(bytes)) {
    throw new InputError('truncated PDF: the end of the file (%%EOF) is missing');
  }
  const { pdfjs, dataDir } = await loadPdfJs();
  const loading = pdfjs.getDocument({
    // pdf.js takes over the buffer it is given and refuses a Node Buffer: hand it a plain copy
    data: new Uint8Array(bytes),
    verbosity: pdfjs.VerbosityLevel.ERRORS,
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    // file paths, read with fs by pdf.js in Node; it insists on the trailing slash
    standardFontDataUrl: join(dataDir, 'standard_fonts') + '/',
    cMapUrl: join(dataDir, 'cmaps') + '/',
    cMapPacked: true,
  });
  try {
    const pdf = await loading.promise;
    const pages: PageLine[][] = [];
    for (let number = 1; number <= pdf.numPages; number++) {
      const page = await pdf.getPage(number);
      pages.push(await pageLines(page, pdfjs));
      page.cleanup();
    }
    const pitch = usualPitch(pages);
    let text = '';
    const lines: SourceLine[] = [];
    const textless: number[] = [];
    pages.forEach((found, index) => {
      const page = index + 1;
      if (page > 1) text += '\f';
      if (found.length === 0) textless.push(page);
      found.forEach((line, i) => {
        const above = found[i - 1];
        if (above) {
          text += '\n';
          if (line.y - above.y > (pitch + BLOCK_GAP_EM) * Math.max(line.size, above.size)) {
            lines.push({ text: '', page, start: text.length, end: text.length, indent: 0 });
            text += '\n';
          }
        }
        lines.push({ ...line, page, start: text.length, end: text.length + line.text.length });
        text += line.text;
      });
    });
    if (lines.length === 0) throw new InputError('PDF has no text layer (scanned?): run OCR first');
    const warnings = textless.length > 0 ? [`PDF has no text on ${listPages(textless)} (scanned?)`] : [];
    return { text, pages: pdf.numPages, lines, warnings };
  } catch (error) {
    throw pdfError(error);
  } finally {
    await loading.destroy();
  }
}
