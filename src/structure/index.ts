import type { Extracted } from '../extract/types.js';
import { sha256 } from '../extract/digest.js';
import { clean, Vocabulary } from '../clean/index.js';
import type { CleanLine } from '../clean/types.js';
import { recognize, type Recognized } from '../recognize/index.js';
import type { Annex, BodyNode, Paragraph, UNDocument } from '../model.js';
import { findFormula, parseResolution } from './resolution.js';
import { findAnnexStart, parseAnnexes, parseReportBody } from './report.js';
import { resolveReferences } from './references.js';
import { measure } from './layout.js';
import { BlockBuilder } from './tree.js';

/** Extracted text → document model: recognize, clean, then build the paragraph tree. */
export function parseText(extracted: Extracted): UNDocument {
  const rawLines = extracted.lines.map((l) => l.text).filter((t) => t !== '');
  const recognized = recognize(rawLines);
  const { lines, hardWrapped } = clean(extracted, recognized.language);
  recognized.warnings.unshift(...(extracted.warnings ?? []));
  return parseLines(lines, recognized, { format: extracted.format, sha256: extracted.sha256, pages: extracted.pages }, hardWrapped);
}

function parseLines(lines: CleanLine[], recognized: Recognized, source: UNDocument['source'], hardWrapped: boolean): UNDocument {
  const lang = recognized.language;
  const vocabulary = new Vocabulary(lines, lang, { hardWrapped });
  const doc: UNDocument = {
    kind: recognized.kind,
    symbol: recognized.symbol,
    language: lang,
    date: recognized.date,
    meeting: recognized.meeting,
    preamble: [],
    body: [],
    source,
  };
  if (recognized.number) doc.number = recognized.number;
  if (recognized.title) doc.title = recognized.title;
  if (recognized.sponsors) doc.sponsors = recognized.sponsors;
  const warnings = [...recognized.warnings];

  let annexStart = lines.length;
  switch (recognized.kind) {
    case 'resolution':
    case 'draft-resolution': {
      const parts = parseResolution(lines, vocabulary);
      if (parts.formula) doc.formula = parts.formula;
      doc.preamble = parts.preamble;
      doc.body = parts.body;
      annexStart = parts.end;
      resolveReferences(doc.body, lang);
      if (!doc.body.some((n) => n.type === 'paragraph')) warnings.push('no numbered operative paragraph found');
      break;
    }
    case 'sg-report': {
      const bodyStart = afterTitle(lines, recognized);
      annexStart = findAnnexStart(lines, lang, bodyStart);
      doc.body = parseReportBody(lines.slice(bodyStart, annexStart), vocabulary);
      resolveReferences(doc.body, lang);
      break;
    }
    default: {
      const formula = findFormula(lines, lang);
      const bodyStart = recognized.kind === 'presidential-statement' && formula >= 0 ? formula : afterTitle(lines, recognized);
      annexStart = findAnnexStart(lines, lang, bodyStart);
      doc.body = parseBlocks(lines.slice(bodyStart, annexStart), vocabulary);
    }
  }
  if (annexStart < lines.length) {
    doc.annexes = parseAnnexes(lines, vocabulary, annexStart).map(({ annex, content }) => withAnnexedDocument(annex, content, source, hardWrapped));
  }
  if (warnings.length > 0) doc.warnings = warnings;
  return doc;
}

/** The first line after the document's title, or 0 when it has none. */
function afterTitle(lines: CleanLine[], recognized: Recognized): number {
  const title = recognized.titleLines;
  if (!title) return 0;
  const index = lines.findIndex((l) => l.text === title.first);
  return index < 0 ? 0 : index + title.count;
}

/** Paragraphs separated by blank lines or indentation, with bullet and dash items (letters, press releases). */
function parseBlocks(lines: CleanLine[], vocabulary: Vocabulary): BodyNode[] {
  const metrics = measure(lines);
  const body: BodyNode[] = [];
  let builder: BlockBuilder | null = null;
  const flush = () => {
    if (!builder) return;
    const block = builder.build();
    const paragraph: Paragraph = { type: 'paragraph', id: `p${body.length + 1}`, num: '', text: block.text, items: block.items, source: block.source };
    body.push(paragraph);
    builder = null;
  };
  let previous: CleanLine | undefined;
  for (const line of lines) {
    const isItem = /^[–•]\s/u.test(line.text);
    const startsBlock = !builder || (!isItem && (line.blankBefore || metrics.isIndented(line) || (previous !== undefined && /[.。:：]["”’]*$/u.test(previous.text) && metrics.isShort(previous))));
    if (startsBlock) {
      flush();
      builder = new BlockBuilder(`p${body.length + 1}`, line, vocabulary, metrics);
    } else {
      builder!.add(line);
    }
    previous = line;
  }
  flush();
  return body;
}

/** An annex that is itself a document (a resolution annexed to a vote letter) is read as one. */
function withAnnexedDocument(annex: Annex, content: CleanLine[], source: UNDocument['source'], hardWrapped: boolean): Annex {
  if (content.length < 3) return annex;
  const texts = content.map((l) => l.text);
  let recognized: Recognized;
  try {
    recognized = recognize(texts);
  } catch {
    return annex;
  }
  if (recognized.kind !== 'resolution' && recognized.kind !== 'draft-resolution') return annex;
  const document = parseLines(content, recognized, { ...source, sha256: sha256(texts.join('\n')) }, hardWrapped);
  return document.body.length > 0 ? { ...annex, document } : annex;
}
