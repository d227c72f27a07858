import type { CleanLine } from '../clean/types.js';
import { unwrap, type Vocabulary } from '../clean/index.js';
import type { BodyNode, Heading, Language, Paragraph, Preambular } from '../model.js';
import { LAYOUT } from '../lang/layout.js';
import { openerOf, opensLike, opensLikeSplit } from '../lang/openers.js';
import { labelAt, paragraphNumberAt, type Label } from './labels.js';
import { measure, opensCapitalised, type LineMetrics } from './layout.js';
import { BlockBuilder, withoutPrefix } from './tree.js';
import { ENDS_BLOCK, ENDS_COLON, ENDS_FULL_STOP, ENDS_PREAMBULAR, ENDS_PUNCTUATED, ENDS_SENTENCE } from '../lang/endings.js';

export interface ResolutionParts {
  formula?: string;
  preamble: Preambular[];
  body: BodyNode[];
  /** index of the first line after the operative part (an annex), or lines.length */
  end: number;
}

/** The most lines an unnumbered paragraph between two numbered ones may take. */
const MAX_BETWEEN = 40;
/** A block of the preamble, or an unnumbered operative paragraph after it, ends with one of these. */

/** Index of the enacting formula ("The Security Council,"), or -1. */
export function findFormula(lines: CleanLine[], lang: Language, from = 0): number {
  for (let i = from; i < lines.length; i++) {
    if (LAYOUT[lang].formula.test(lines[i].text) || LAYOUT.en.formula.test(lines[i].text)) return i;
  }
  return -1;
}

function isAnnexLabel(text: string, lang: Language): boolean {
  return LAYOUT[lang].annex.test(text) || LAYOUT.en.annex.test(text);
}

/** Formula, preamble, headings and operative paragraphs of a resolution or draft resolution. */
export function parseResolution(lines: CleanLine[], vocabulary: Vocabulary, start = 0): ResolutionParts {
  const lang = vocabulary.lang;
  const metrics = measure(lines);
  const formulaAt = findFormula(lines, lang, start);
  const preambleStart = formulaAt >= 0 ? formulaAt + 1 : start;
  // An annex (a declaration the resolution adopts) may hold numbered paragraphs of its own: it ends the resolution.
  let end = lines.findIndex((line, i) => i >= preambleStart && isAnnexLabel(line.text, lang));
  if (end < 0) end = lines.length;
  const firstOperative = lines.findIndex((line, i) => i >= preambleStart && i < end && paragraphNumberAt(line.text)?.n === 1);
  const preambleEnd = firstOperative >= 0 ? firstOperative : end;
  const { preamble, trailing } = parsePreamble(lines.slice(preambleStart, preambleEnd), vocabulary, metrics);
  const counter = { headings: 0, unnumbered: 0 };
  const body: BodyNode[] = trailing.flatMap((block) => unnumberedBlock(block, vocabulary, metrics, counter));
  if (firstOperative >= 0) body.push(...parseOperative(lines.slice(firstOperative, end), vocabulary, metrics, counter));
  const parts: ResolutionParts = { preamble, body, end };
  if (formulaAt >= 0) parts.formula = lines[formulaAt].text;
  return parts;
}

/** Opens like a preambular paragraph; a heading in brackets ("(“Supporting the political process”)") does not, whatever its first word. */
function opensPreambular(text: string, lang: Language): boolean {
  return opensLike(text, lang, 'preamble') && !text.startsWith('(');
}

/** Lines just before paragraph 1 that follow the last preambular paragraph and end without punctuation. */
function trailingHeadingLines(lines: CleanLine[], lang: Language): number {
  let count = 0;
  while (count < Math.min(3, lines.length - 1)) {
    const line = lines[lines.length - 1 - count];
    // A last preambular paragraph that lost its comma still opens like one: no heading.
    if (ENDS_PUNCTUATED.test(line.text) || /^\p{Ll}/u.test(line.text) || opensPreambular(line.text, lang)) break;
    count++;
  }
  return count > 0 && ENDS_PREAMBULAR.test(lines[lines.length - 1 - count].text) ? count : 0;
}

function parsePreamble(all: CleanLine[], vocabulary: Vocabulary, metrics: LineMetrics): { preamble: Preambular[]; trailing: CleanLine[][] } {
  const lang = vocabulary.lang;
  const headingLines = trailingHeadingLines(all, lang);
  const lines = all.slice(0, all.length - headingLines);
  const blocks: CleanLine[][] = [];
  for (const line of lines) {
    const current = blocks[blocks.length - 1];
    const previous = current?.[current.length - 1];
    const setApart = line.blankBefore || metrics.isIndented(line);
    const starts =
      !previous ||
      (ENDS_BLOCK.test(previous.text) &&
        opensCapitalised(line.text) &&
        // An opener says more after a capital: in Arabic or Chinese it also begins clauses inside a paragraph.
        (setApart || metrics.isShort(previous) || (/^\p{Lu}/u.test(line.text) && (opensLike(line.text, lang, 'preamble') || opensLike(line.text, lang, 'operative'))))) ||
      // Russian preambular paragraphs open in lower case ("вновь подтверждая"), like a participle inside one
      // ("…, recognizing"): an opener on a line set apart, after a finished clause.
      // Extraction may have split the participle ("вно вь подтверждая").
      (ENDS_BLOCK.test(previous.text) && (setApart || metrics.isShort(previous)) && opensLikeSplit(line.text, lang, 'preamble')) ||
      // A preambular paragraph that lost its comma: the next still opens like one, on a line of its own
      // (after a blank line, or indented after a short one).
      ((line.blankBefore || (metrics.isIndented(line) && metrics.isShort(previous))) && opensLike(line.text, lang, 'preamble'));
    if (starts) blocks.push([line]);
    else current.push(line);
  }
  // The preamble ends where a block opens with an operative verb ("Decides …", even ending with a comma)
  // or, failing that, with its last block ending with a comma: what follows belongs to the operative part.
  // Openers are read from the repaired text: a split "Reaffirm ing" still opens a preambular paragraph.
  const unwrapped = blocks.map((block) => unwrap(block, vocabulary));
  const firstOperative = unwrapped.findIndex(({ text }) => opensLike(text, lang, 'operative') && !opensLike(text, lang, 'preamble'));
  let lastPreambular = firstOperative >= 0 ? firstOperative - 1 : blocks.length - 1;
  // A last paragraph that lost its comma still opens like a preambular one ("Underscoring that …" before paragraph 1).
  const lastIsPreambular = (text: string) => ENDS_PREAMBULAR.test(text) || (lastPreambular === blocks.length - 1 && opensPreambular(text, lang));
  while (firstOperative < 0 && lastPreambular >= 0 && !lastIsPreambular(unwrapped[lastPreambular].text)) lastPreambular--;
  if (lastPreambular < 0 && firstOperative < 0) lastPreambular = blocks.length - 1;
  const preamble = unwrapped.slice(0, lastPreambular + 1).map(({ text, source }, i): Preambular => {
    const p: Preambular = { id: `pre${i + 1}`, text, source };
    const opener = openerOf(text, lang, 'preamble');
    if (opener) p.opener = opener;
    return p;
  });
  const trailing = blocks.slice(lastPreambular + 1);
  const headingTail = all.slice(lines.length);
  if (headingTail.length > 0) trailing.push(headingTail);
  return { preamble, trailing };
}

/** Heading lines → headings: a long line goes on to the next, a short one ends its heading. */
export function headingsOf(lines: CleanLine[], vocabulary: Vocabulary, metrics: LineMetrics, counter: number): Heading[] {
  const groups: CleanLine[][] = [];
  for (const line of lines) {
    const current = groups[groups.length - 1];
    const previous = current?.[current.length - 1];
    const continues = previous && !line.blankBefore && (/^\p{Ll}/u.test(line.text) || !metrics.isShort(previous));
    if (continues) current.push(line);
    else groups.push([line]);
  }
  return groups.map((group, i) => {
    const { text, source } = unwrap(group, vocabulary);
    return { type: 'heading', id: `h${counter + i + 1}`, text, source };
  });
}

interface Counter {
  headings: number;
  unnumbered: number;
}

/**
 * Text between numbered paragraphs: a heading when it is short and unpunctuated ("MINUSMA's mandate"),
 * otherwise a paragraph without a number ("With regard to the trade in arms,"; "Recommends to the General Assembly …").
 */
function isHeadingLike(block: CleanLine[]): boolean {
  // A long heading may wrap after a comma ("Protection of civilians, including …,"/"and United Nations personnel").
  return block.length <= 3 && !ENDS_PUNCTUATED.test(block[block.length - 1].text) && block.every((line) => !ENDS_SENTENCE.test(line.text) && !ENDS_COLON.test(line.text));
}

function unnumberedBlock(lines: CleanLine[], vocabulary: Vocabulary, metrics: LineMetrics, counter: Counter): BodyNode[] {
  // Blocks set apart by a blank line, or by a finished clause and a new start ("… (1995)," / "III").
  const blocks: CleanLine[][] = [];
  lines.forEach((line, i) => {
    const previous = lines[i - 1];
    // Items and the lines an introduction ("…:") leads into stay with their paragraph.
    const current = blocks.at(-1);
    // A list of names runs on while its lines are short or unpunctuated ("Mr. … (United Kingdom of Great Britain …)").
    const listing = current !== undefined && ENDS_COLON.test(current[0].text) && (metrics.isShort(line) || !ENDS_PUNCTUATED.test(line.text)) && !ENDS_FULL_STOP.test(previous?.text ?? '');
    // A block apart opening with an operative verb ("Requests States …" after a list of names) ends the list.
    const opensParagraph = (line.blankBefore || metrics.isIndented(line)) && opensLike(line.text, vocabulary.lang, 'operative') && !opensLike(line.text, vocabulary.lang, 'preamble');
    const held = labelAt(line.text) !== null || (previous !== undefined && ENDS_COLON.test(previous.text)) || (!opensParagraph && (listing || current?.some((l) => labelAt(l.text))));
    // Paragraphs of a quoted text open with the quotation mark ("“The Security Council expresses …").
    const starts = !previous || (!held && (line.blankBefore || opensParagraph || (ENDS_BLOCK.test(previous.text) && /^["“‘]?[\p{Lu}\p{Lo}]/u.test(line.text) && (metrics.isIndented(line) || metrics.isShort(previous)))));
    if (starts) blocks.push([line]);
    else blocks[blocks.length - 1].push(line);
  });
  return blocks.flatMap((block) => unnumberedNode(block, vocabulary, metrics, counter));
}

function unnumberedNode(block: CleanLine[], vocabulary: Vocabulary, metrics: LineMetrics, counter: Counter): BodyNode[] {
  // A part's letter or a short title standing before the paragraph ("B" / "With regard to the trade in arms,").
  const first = block[0];
  if (block.length > 1 && !ENDS_PUNCTUATED.test(first.text) && metrics.isShort(first) && opensCapitalised(block[1].text) && (block[1].blankBefore || metrics.isIndented(block[1]) || first.text.length <= 5)) {
    return [...unnumberedNode([first], vocabulary, metrics, counter), ...unnumberedNode(block.slice(1), vocabulary, metrics, counter)];
  }
  if (isHeadingLike(block)) {
    const headings = headingsOf(block, vocabulary, metrics, counter.headings);
    counter.headings += headings.length;
    return headings;
  }
  const id = `op-u${++counter.unnumbered}`;
  const builder = new BlockBuilder(id, block[0], vocabulary, metrics);
  for (const line of block.slice(1)) builder.add(line);
  const built = builder.build();
  const paragraph: Paragraph = { type: 'paragraph', id, num: '', text: built.text, items: built.items, source: built.source };
  const opener = openerOf(built.text, vocabulary.lang, 'operative');
  if (opener) paragraph.opener = opener;
  return [paragraph];
}

function parseOperative(lines: CleanLine[], vocabulary: Vocabulary, metrics: LineMetrics, counter: Counter): BodyNode[] {
  const lang = vocabulary.lang;
  const body: BodyNode[] = [];
  let expected = 1;
  let builder: BlockBuilder | null = null;
  let num = '';
  const flush = () => {
    if (!builder) return;
    const block = builder.build();
    const paragraph: Paragraph = { type: 'paragraph', id: `op${num}`, num, text: block.text, items: block.items, source: block.source };
    const opener = openerOf(block.text, lang, 'operative');
    if (opener) paragraph.opener = opener;
    body.push(paragraph);
    builder = null;
  };
  // Each line's label and paragraph number, read once: the lookaheads below visit lines many times.
  const labels = lines.map((line) => labelAt(line.text));
  const numbers = lines.map((line) => paragraphNumberAt(line.text));
  const nextLabelAfter = (i: number) => {
    for (let j = i + 1; j < lines.length && j < i + 40; j++) {
      if (numbers[j]?.n === expected) return null;
      if (labels[j]) return labels[j];
    }
    return null;
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const numbered = numbers[i];
    if (numbered && numbered.n === expected && !endsWithReferenceWord(builder, lines[i - 1])) {
      flush();
      num = String(expected++);
      builder = new BlockBuilder(`op${num}`, withoutPrefix(line, numbered.rest), vocabulary, metrics);
      continue;
    }
    // A labelled title after a paragraph without items, right before the next paragraph ("(i). Exemptions and
    // notifications"), heads it: it opens no list, as an item without text would not.
    const label = labels[i];
    if (builder && !builder.hasItems() && label && label.num !== '-' && numbers[i + 1]?.n === expected && !ENDS_PUNCTUATED.test(line.text)) {
      flush();
      const [heading] = headingsOf([withoutPrefix(line, label.rest.replace(/^[.:]\s*/, ''))], vocabulary, metrics, counter.headings++);
      body.push({ ...heading, num: label.num });
      continue;
    }
    const between = builder ? betweenParagraphs(lines, labels, numbers, i, expected, metrics) : 0;
    // After a titled item, a block of text is more of that item, unless it is a heading before the next paragraph.
    if (between > 0 && (!builder!.acceptsBlock() || isHeadingLike(lines.slice(i, i + between)))) {
      const closing = closingLines(builder!, lines.slice(i, i + between), vocabulary, metrics);
      if (closing > 0) {
        builder!.addClosing(lines.slice(i, i + closing));
        i += closing - 1;
        continue;
      }
      flush();
      body.push(...unnumberedBlock(lines.slice(i, i + between), vocabulary, metrics, counter));
      i += between - 1;
      continue;
    }
    builder?.add(line, nextLabelAfter(i), lines[i + 1], labels[i]);
  }
  flush();
  return body;
}

/**
 * How many of the lines between two paragraphs close the open paragraph's list: text after its items that opens
 * like no paragraph ("Al-Qaida, … or derivative thereof;" after "– otherwise supporting acts or activities of;")
 * ends the paragraph's sentence; it is no paragraph without a number.
 */
function closingLines(builder: BlockBuilder, between: CleanLine[], vocabulary: Vocabulary, metrics: LineMetrics): number {
  if (!builder.hasItems() || isHeadingLike(between)) return 0;
  // The closing text is the first block: a paragraph without a number may follow it.
  const next = between.findIndex((line, i) => i > 0 && (line.blankBefore || metrics.isIndented(line)) && ENDS_SENTENCE.test(between[i - 1].text));
  const block = next > 0 ? between.slice(0, next) : between;
  const { text } = unwrap(block, vocabulary);
  return opensLike(text, vocabulary.lang, 'operative') || opensLike(text, vocabulary.lang, 'preamble') ? 0 : block.length;
}

/** "… paragraph" / "2. above": a line break inside a reference, not a new paragraph. */
function endsWithReferenceWord(builder: BlockBuilder | null, previous: CleanLine | undefined): boolean {
  return builder !== null && previous !== undefined && /\b(?:paragraphs?|resolutions?)$/i.test(previous.text);
}

/** A section's capital letter or Roman numeral alone on a line: "B", "II.". */
const SECTION_LABEL = /^\s*(?:[A-Z]|[IVXL]{1,5})\.?\s*$/;

/**
 * How many lines from i on stand between two numbered paragraphs: after a paragraph has ended (";" or "."),
 * lines that start with a capital and are no item, up to the next paragraph number.
 */
function betweenParagraphs(lines: CleanLine[], labels: (Label | null)[], numbers: ({ n: number } | null)[], i: number, expected: number, metrics: LineMetrics): number {
  const previous = lines[i - 1];
  if (!previous || !ENDS_SENTENCE.test(previous.text)) return 0;
  // A new sentence wrapped to the start of a line is not a new block: a block starts apart, indented or after a short line;
  // or it is an unpunctuated line right before the next paragraph, where a page break took the blank line.
  const headingBeforeNext = numbers[i + 1]?.n === expected && !ENDS_PUNCTUATED.test(lines[i].text);
  // A section's letter or numeral alone on its line ("B", "II.") starts a block even with no blank line around it.
  const sectionLabel = SECTION_LABEL.test(lines[i].text);
  if (!lines[i].blankBefore && !metrics.isIndented(lines[i]) && !metrics.isShort(previous) && !headingBeforeNext && !sectionLabel) return 0;
  // A heading may stand in brackets: "(“Renewing the mandate of the Operation”)".
  if (!/^[(“"‘]*[\p{Lu}\p{Lo}\d]/u.test(lines[i].text) || labels[i]) return 0;
  for (let j = i; j < lines.length && j < i + MAX_BETWEEN; j++) {
    if (numbers[j]?.n === expected) return j - i;
    // Items further on belong to the paragraph still open: this is a heading inside its list.
    if (labels[j]) return 0;
  }
  return 0;
}
