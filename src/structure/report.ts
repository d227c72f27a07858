import type { CleanLine } from '../clean/types.js';
import { unwrap, type Vocabulary } from '../clean/index.js';
import type { Annex, BodyNode, Heading, Language } from '../model.js';
import { LAYOUT } from '../lang/layout.js';
import { paragraphNumberAt, romanValue, labelAt } from './labels.js';
import { measure, type LineMetrics } from './layout.js';
import { BlockBuilder, withoutPrefix } from './tree.js';

const SECTION = /^([IVXLC]+)\.\s+(\S.*)$/;
const SUBSECTION = /^([A-Z])\.\s+(\S.*)$/;
const ORIGINAL_LANGUAGE = /^\[(?:Original|Original\s*:|Originaux)\s*:?.*\]$/i;

/** Where the annexes start: the first line that is an annex label ("Annex I", "附件"), or lines.length. */
export function findAnnexStart(lines: CleanLine[], lang: Language, from: number): number {
  for (let i = from; i < lines.length; i++) if (isAnnexLabel(lines[i].text, lang)) return i;
  return lines.length;
}

export function isAnnexLabel(text: string, lang: Language): boolean {
  return LAYOUT[lang].annex.test(text) || LAYOUT.en.annex.test(text);
}

/** Sections (I., A.) and numbered paragraphs of a report, running through the whole report. */
export function parseReportBody(lines: CleanLine[], vocabulary: Vocabulary): BodyNode[] {
  const metrics = measure(lines);
  const body: BodyNode[] = [];
  let expectedParagraph = 1;
  let expectedSection = 1;
  let expectedSubsection = 'A';
  let builder: BlockBuilder | null = null;
  let num = '';
  let heading: { node: Heading; lines: CleanLine[] } | null = null;
  let headingCount = 0;
  const flush = () => {
    if (builder) {
      const block = builder.build();
      body.push({ type: 'paragraph', id: `p${num}`, num, text: block.text, items: block.items, source: block.source });
      builder = null;
    }
    if (heading) {
      const { text, source } = unwrap(heading.lines, vocabulary);
      body.push({ ...heading.node, text, source });
      heading = null;
    }
  };
  const startHeading = (line: CleanLine, rest: string, num: string, level: number) => {
    flush();
    heading = { node: { type: 'heading', id: `h${++headingCount}`, num, level, text: '' }, lines: [withoutPrefix(line, rest)] };
  };
  for (const line of lines) {
    const section = SECTION.exec(line.text);
    if (section && romanValue(section[1]) === expectedSection) {
      expectedSection++;
      expectedSubsection = 'A';
      startHeading(line, section[2], section[1], 1);
      continue;
    }
    const subsection = SUBSECTION.exec(line.text);
    if (subsection && subsection[1] === expectedSubsection) {
      expectedSubsection = String.fromCharCode(expectedSubsection.charCodeAt(0) + 1);
      startHeading(line, subsection[2], subsection[1], 2);
      continue;
    }
    const numbered = paragraphNumberAt(line.text);
    if (numbered && numbered.n === expectedParagraph) {
      flush();
      num = String(expectedParagraph++);
      builder = new BlockBuilder(`p${num}`, withoutPrefix(line, numbered.rest), vocabulary, metrics);
      continue;
    }
    if (heading) {
      (heading as { lines: CleanLine[] }).lines.push(line);
      continue;
    }
    builder?.add(line, labelAt(line.text));
  }
  flush();
  return body;
}

/** The annexes from `start` on, each from its label to the next, with the lines under its label. */
export function parseAnnexes(lines: CleanLine[], vocabulary: Vocabulary, start: number): { annex: Annex; content: CleanLine[] }[] {
  const lang = vocabulary.lang;
  const metrics = measure(lines);
  const annexes: { annex: Annex; content: CleanLine[] }[] = [];
  let i = start;
  while (i < lines.length) {
    let end = i + 1;
    while (end < lines.length && !isAnnexLabel(lines[end].text, lang)) end++;
    const label = lines[i];
    const num = (LAYOUT[lang].annex.exec(label.text) ?? LAYOUT.en.annex.exec(label.text))?.[1] ?? '';
    const content = lines.slice(i + 1, end).filter((l) => !ORIGINAL_LANGUAGE.test(l.text));
    const annex: Annex = {
      id: `annex${annexes.length + 1}`,
      num,
      lines: content.map((l) => l.text),
      source: { pages: [label.page, lines[end - 1].page], span: [label.start, lines[end - 1].end] },
    };
    const title = annexTitle(content, vocabulary, metrics);
    if (title) annex.title = title;
    annexes.push({ annex, content });
    i = end;
  }
  return annexes;
}

/** The title lines under an annex label: a line goes on while it ends with a connective or the next is lower case. */
function annexTitle(lines: CleanLine[], vocabulary: Vocabulary, metrics: LineMetrics): string | undefined {
  if (lines.length === 0) return undefined;
  const connectives = new Set(LAYOUT[vocabulary.lang].connectives);
  const title = [lines[0]];
  for (let i = 1; i < lines.length && i < 5; i++) {
    const lastWord = /(\p{L}+)\W*$/u.exec(title[title.length - 1].text)?.[1]?.toLowerCase() ?? '';
    const next = lines[i].text;
    if (connectives.has(lastWord) || /^\p{Ll}/u.test(next) || (!metrics.isShort(title[title.length - 1]) && !/[.:;]$/.test(title[title.length - 1].text))) {
      title.push(lines[i]);
    } else break;
  }
  return unwrap(title, vocabulary).text;
}
