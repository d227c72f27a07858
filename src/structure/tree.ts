import type { CleanLine } from '../clean/types.js';
import { unwrap, type Vocabulary } from '../clean/index.js';
import type { Item, Language, Provenance } from '../model.js';
import { REFERENCE_WORDS } from '../lang/references.js';
import { opensCapitalised, type LineMetrics } from './layout.js';
import { firstKey, idSegment, labelAt, nextKey, stylesOf, type Label, type LabelStyle } from './labels.js';
import { ENDS_COLON, ENDS_PUNCTUATED, ENDS_SENTENCE } from '../lang/endings.js';
import { COMMAS, SEMICOLONS } from '../lang/punctuation.js';

/** What ends a clause an enumeration runs on after: "；(2)", ", (b)". */
const CLAUSE_ENDS = SEMICOLONS + COMMAS;

/** "… paragraph 7" or "… under subparagraph" ending a text: a label at the start of the next line continues the reference. */
const ENDS_WITH_REFERENCE_WORD: Partial<Record<Language, RegExp>> = Object.fromEntries(
  Object.entries(REFERENCE_WORDS).map(([lang, words]) => [lang, new RegExp(words.paragraph.source + String.raw`(?:\s*\d+)?\s*$`, 'iu')]),
);

/** A paragraph or item while its lines are being collected. */
interface Node {
  id: string;
  num: string;
  style?: LabelStyle;
  key?: string;
  lines: CleanLine[];
  titleLines?: CleanLine[];
  /** blocks of text after the first under a titled item ("(b) Cooperation …" / "To assist …;" / "To assist …;") */
  moreBlocks?: CleanLine[][];
  children: Node[];
  dashCount: number;
}

export interface BuiltBlock {
  text: string;
  items: Item[];
  source: Provenance;
}

/** A line with its first `cut` characters (a number or label) taken off, its offsets kept true. */
export function withoutPrefix(line: CleanLine, rest: string): CleanLine {
  const cut = line.text.length - rest.length;
  return { ...line, text: rest, start: Math.min(line.start + cut, line.end) };
}

/**
 * Collects the lines of one numbered block (an operative paragraph, a report paragraph) into its item tree.
 * Labels are placed by their numbering sequence, so a wrapped "(a) (ii) above" is not taken for an item.
 */
export class BlockBuilder {
  private readonly root: Node;

  constructor(
    id: string,
    firstLine: CleanLine,
    private readonly vocabulary: Vocabulary,
    private readonly metrics: LineMetrics,
  ) {
    this.root = { id, num: '', lines: [firstLine], children: [], dashCount: 0 };
  }

  /** The deepest open node: where a text line goes. */
  private path(): Node[] {
    const path = [this.root];
    for (let node = this.root; node.children.length > 0; ) {
      node = node.children[node.children.length - 1];
      path.push(node);
    }
    return path;
  }

  /**
   * Adds a line; `nextLabel` is the label of the next line that has one, to settle "(i)" after "(h)";
   * `nextLine` is the line after this one; `label` is the line's own, when the caller has already read it.
   */
  add(line: CleanLine, nextLabel?: Label | null, nextLine?: CleanLine, label = labelAt(line.text)): void {
    if (label && this.placeLabel(line, label, nextLabel ?? null)) return;
    const path = this.path();
    const deepest = path[path.length - 1];
    // A group title wrapped over two lines: its second line joins the title.
    if (deepest.num === '' && deepest.titleLines && !deepest.lines.length && !deepest.children.length && !ENDS_PUNCTUATED.test(deepest.titleLines.at(-1)!.text)) {
      deepest.titleLines.push(line);
      return;
    }
    if (this.opensGroup(deepest, line, nextLine, nextLabel ?? null)) {
      // The group stands in the list its first item continues ("(c)" after "(b)" under "(ii)", or after a group
      // ending with "(b)"), else in the paragraph's; groups are not nested.
      const next = nextLabel ?? labelAt(nextLine!.text);
      const lastItem = (node: Node) => {
        const last = node.children.at(-1);
        return last?.num === '' ? last.children.at(-1) : last;
      };
      // When its items continue no list but open one, the last item holds the group ("(ii) Appui à la stabilisation
      // …, en vue de …," / "Stabilisation" / "(a) …"), however it ends: the Arabic prints that item with "؛".
      const leadsIn = deepest !== this.root && deepest.num !== '' && !deepest.children.length && opensList(next);
      const continued = path.slice(0, -1).reverse().find((node) => (node === this.root || node.num !== '') && continuesList(lastItem(node), next));
      const owner = continued ?? (leadsIn ? deepest : this.root);
      owner.children.push(this.unnumbered(owner, { titleLines: [line] }));
      return;
    }
    if (!label && this.opensUnnumberedItem(deepest, line)) {
      // Lower-case text after an item ending with ";" or "," closes the list; after one ending with ":" it is the
      // item's own ("(c) Support to the peace process:" / "выполнять … задачи:" / "(i) …").
      const wrapUp = deepest !== this.root && deepest.num !== '' && /^\p{Ll}/u.test(line.text) && !ENDS_COLON.test(lastText(deepest));
      const parent = wrapUp ? this.root : deepest.num === '' && deepest !== this.root && !deepest.titleLines ? path[path.length - 2] : deepest;
      parent.children.push(this.unnumbered(parent, { lines: [line] }));
      return;
    }
    if (deepest !== this.root && this.startsUnnumberedBlock(deepest, line, nextLine)) {
      deepest.titleLines = deepest.lines;
      deepest.lines = [line];
      return;
    }
    if (this.acceptsBlock() && this.startsAnotherBlock(deepest, line)) {
      (deepest.moreBlocks ??= []).push([line]);
      return;
    }
    (deepest.moreBlocks?.at(-1) ?? deepest.lines).push(line);
  }

  private unnumbered(parent: Node, content: { lines?: CleanLine[]; titleLines?: CleanLine[] }): Node {
    const count = parent.children.filter((c) => c.num === '').length;
    return { id: `${parent.id}.u${count + 1}`, num: '', lines: content.lines ?? [], titleLines: content.titleLines, children: [], dashCount: 0 };
  }

  private startsBlock(line: CleanLine, previous: CleanLine | undefined): boolean {
    return line.blankBefore || this.metrics.isIndented(line) || (previous !== undefined && this.metrics.isShort(previous));
  }

  /**
   * A heading inside a list of items ("Support for Implementation of the Ceasefire Agreement:") that the next
   * items stand under: after a finished item, short, followed by a label.
   */
  private opensGroup(deepest: Node, line: CleanLine, nextLine: CleanLine | undefined, nextLabel: Label | null): boolean {
    if (this.root.children.length === 0 && !ENDS_COLON.test(lastText(this.root))) return false;
    if (!nextLine || deepest.titleLines || !opensCapitalised(line.text)) return false;
    // The title's last line stands before the first item: this one, or the next when the title wraps
    // ("Disarmament, demobilization … Congolese" / "armed groups" / "(f) …").
    const wraps = nextLabel !== null && !labelAt(nextLine.text) && /^\p{Ll}/u.test(nextLine.text) && !ENDS_PUNCTUATED.test(nextLine.text) && this.metrics.isShort(nextLine);
    if (!labelAt(nextLine.text) && !wraps) return false;
    const last = deepest.lines.at(-1);
    // "(c) Supporting the peace process:" / "To carry out the following tasks:" / "(i) …": the item's own lead-in, no group.
    if (deepest !== this.root && !deepest.children.length && last && ENDS_COLON.test(last.text) && ENDS_COLON.test(line.text)) return false;
    // Items may end with a comma ("(h) To guard weapons …,").
    const afterFinished = this.root.children.length === 0 || (last !== undefined && ENDS_PUNCTUATED.test(last.text));
    // A long title stands apart by a blank line, or after an item finished with ";" or "." (a page break may
    // have taken the blank line).
    const afterItem = deepest !== this.root && last !== undefined && ENDS_SENTENCE.test(last.text);
    return afterFinished && /(?:[:：]|[^.;,])["”’)]*$/u.test(line.text) && (afterItem || ((this.metrics.isShort(line) || line.blankBefore) && this.startsBlock(line, last)));
  }

  /**
   * Blocks without labels after an introduction ending with a colon ("… the following nominations:" / names),
   * and text standing after a list as a block of its own ("; and further requests …").
   */
  private opensUnnumberedItem(deepest: Node, line: CleanLine): boolean {
    const last = deepest.lines.at(-1);
    if (!last) return false;
    if (deepest !== this.root && deepest.num !== '' && (line.blankBefore || this.metrics.isIndented(line)) && /^\p{Ll}/u.test(line.text) && /[;,]["”’)]*$/u.test(last.text)) {
      return !this.continuesTitledBlocks(deepest, line);
    }
    // After an introduction ending a line with ":", a capitalised line opens the list even when extraction kept
    // no blank line or indent to show it (a double-spaced page, a list of names as indented as the text).
    if (deepest === this.root) {
      const introduced = this.root.children.length === 0 && ENDS_COLON.test(last.text);
      return introduced && (this.startsBlock(line, last) || opensCapitalised(line.text));
    }
    if (!this.startsBlock(line, last)) return false;
    const isUnnumbered = deepest.num === '' && !deepest.titleLines && deepest.children.length === 0;
    return isUnnumbered || (deepest.children.length === 0 && !deepest.titleLines && ENDS_COLON.test(last.text));
  }

  hasItems(): boolean {
    return this.root.children.length > 0;
  }

  /** Text closing the list after its last item: an unnumbered item of the paragraph. */
  addClosing(lines: CleanLine[]): void {
    this.root.children.push(this.unnumbered(this.root, { lines }));
  }

  /** The deepest open item is titled: text blocks after a finished one are more blocks under its title. */
  acceptsBlock(): boolean {
    const path = this.path();
    const deepest = path[path.length - 1];
    return deepest !== this.root && deepest.titleLines !== undefined && deepest.children.length === 0;
  }

  private startsAnotherBlock(node: Node, line: CleanLine): boolean {
    const last = (node.moreBlocks?.at(-1) ?? node.lines).at(-1);
    return last !== undefined && ENDS_SENTENCE.test(last.text) && (opensCapitalised(line.text) || this.continuesTitledBlocks(node, line));
  }

  /**
   * Under a title whose text opens in lower case, as Russian items do ("(b) Сотрудничество …" / "оказывать
   * помощь …;"), a lower-case block set apart (a blank line, an indent) is another block of it, not text closing the list.
   */
  private continuesTitledBlocks(node: Node, line: CleanLine): boolean {
    return node.titleLines !== undefined && node.children.length === 0 && (line.blankBefore || this.metrics.isIndented(line)) && /^\p{Ll}/u.test(line.text) && /^\p{Ll}/u.test(node.lines[0]?.text ?? '');
  }

  /** A titled item ("(b) Good offices and reconciliation") followed by the block of text it heads. */
  private startsUnnumberedBlock(node: Node, line: CleanLine, nextLine: CleanLine | undefined): boolean {
    if (node.titleLines || node.children.length > 0 || node.lines.length === 0) return false;
    // A title runs to three lines, unless a short line right before a label follows it: a group title under it
    // ("(ii) Apoyo a la estabilización …" over four lines / "Estabilización" / "(a) …").
    if (node.lines.length > 3 && !(nextLine !== undefined && this.metrics.isShort(line) && labelAt(nextLine.text) !== null)) return false;
    const last = node.lines[node.lines.length - 1];
    if (ENDS_PUNCTUATED.test(last.text)) return false;
    // Russian item text opens in lower case ("(f) Гуманитарная помощь" / "в порядке оказания поддержки …"): a
    // capitalised title, short, and text set apart from it by a blank line.
    if (!opensCapitalised(line.text)) return line.blankBefore && this.metrics.isShort(last) && opensCapitalised(node.lines[0].text);
    return line.blankBefore || this.metrics.isShort(last) || this.metrics.isIndented(line);
  }

  private placeLabel(line: CleanLine, label: Label, nextLabel: Label | null): boolean {
    if (this.looksLikeWrappedReference(label) || this.runsInline(line, label)) return false;
    const path = this.path();
    // A dash inside a sentence can wrap to the start of a line: a dash list opens after a finished clause.
    const dashListOpen = path.some((node) => node.children.some((child) => child.key === label.key));
    const deepestNode = path[path.length - 1];
    // A group title ("Military and civilian police tasks") opens a dash list as a short title line does.
    const underGroupTitle = deepestNode.titleLines !== undefined && deepestNode.lines.length === 0;
    const afterTitle = underGroupTitle || (deepestNode !== this.root && deepestNode.lines.length <= 2 && deepestNode.lines.length > 0 && this.metrics.isShort(deepestNode.lines.at(-1)!));
    // A dash set apart by a blank line opens a list too.
    if (label.num === '-' && !dashListOpen && !afterTitle && !line.blankBefore && !ENDS_PUNCTUATED.test(lastText(deepestNode))) return false;
    const styles = stylesOf(label);
    const candidates: { parent: Node; style: LabelStyle; opening: boolean; depth: number }[] = [];
    const deepest = path[path.length - 1];
    for (const style of styles) {
      if (label.key === firstKey(style) || (style === 'dash' || style === 'bullet')) {
        candidates.push({ parent: deepest, style, opening: true, depth: path.length - 1 });
      }
    }
    // Items under a new group heading carry on the numbering of the group or item before ("(i)" then heading then "(j)").
    const previousGroup = deepest.num === '' && deepest.titleLines && deepest.children.length === 0 ? path[path.length - 2]?.children.at(-2) : undefined;
    const carried = previousGroup?.num === '' ? previousGroup.children.at(-1) : previousGroup;
    if (carried?.style && styles.includes(carried.style) && nextKey(carried.style, carried.key!) === label.key) {
      candidates.push({ parent: deepest, style: carried.style, opening: true, depth: path.length - 1 });
    }
    for (let depth = path.length - 2; depth >= 0; depth--) {
      const parent = path[depth];
      const last = parent.children[parent.children.length - 1];
      for (const style of styles) {
        if (last.style === style && (style === 'dash' || style === 'bullet' || nextKey(style, last.key!) === label.key)) {
          candidates.push({ parent, style, opening: false, depth });
        }
      }
    }
    if (candidates.length === 0) return false;
    const choice = this.choose(candidates, deepest, label, nextLabel);
    const parent = choice.parent;
    if (choice.style === 'dash' || choice.style === 'bullet') parent.dashCount++;
    parent.children.push({
      id: `${parent.id}.${idSegment(label, parent.dashCount)}`,
      num: label.num,
      style: choice.style,
      key: label.key,
      lines: label.rest ? [withoutPrefix(line, label.rest)] : [],
      children: [],
      dashCount: 0,
    });
    return true;
  }

  /**
   * Several places fit: a deeper level opens after an introduction (":"), or when the next label continues the
   * new level ("(i)" then "(ii)"); otherwise the nearest existing level continues.
   */
  private choose<C extends { style: LabelStyle; opening: boolean; depth: number }>(candidates: C[], deepest: Node, label: Label, nextLabel: Label | null): C {
    if (candidates.length === 1) return candidates[0];
    // Of several openings ("(i)" roman, or letters carried on from the group before), the one the next label continues.
    const opening = candidates.find((c) => c.opening && nextLabel !== null && nextLabel.key === nextKey(c.style, label.key)) ?? candidates.find((c) => c.opening);
    if (opening) {
      const introduces = /[:：]\s*$/u.test(lastText(deepest));
      const nextContinuesOpening = nextLabel !== null && nextLabel.key === nextKey(opening.style, label.key);
      const nextContinuesOther = candidates.some((c) => !c.opening && nextLabel !== null && nextLabel.key === nextKey(c.style, label.key));
      if (introduces || (nextContinuesOpening && !nextContinuesOther)) return opening;
    }
    return candidates.filter((c) => !c.opening).sort((a, b) => b.depth - a.depth)[0] ?? candidates[0];
  }

  /**
   * "…作出决定：" / "(1) 非洲联盟…的信息；(2) 上文…": an enumeration run into the text that a line break happens to
   * start with its label, on a line neither set apart nor indented, the next label following a clause on that line.
   */
  private runsInline(line: CleanLine, label: Label): boolean {
    if (line.blankBefore || this.metrics.isIndented(line)) return false;
    return stylesOf(label).some((style) => {
      const next = nextKey(style, label.key);
      // The pattern is built only where the next label is written at all.
      return next !== '' && next !== label.key && label.rest.includes(`(${next})`) && new RegExp(`[${CLAUSE_ENDS}]\\s*\\(${next}\\)`, 'u').test(label.rest);
    });
  }

  /** "… in paragraph 20" / "(a) (ii) above": a reference broken across lines, not a label. */
  private looksLikeWrappedReference(label: Label): boolean {
    if (/^\(([a-z]{1,3}|[ivxlc]+|\d+)\)/.test(label.rest)) return true;
    if (/^(?:above|below|of (?:this|the present) resolution)\b/i.test(label.rest)) return true;
    const endsWithReferenceWord = ENDS_WITH_REFERENCE_WORD[this.vocabulary.lang];
    if (!endsWithReferenceWord) return false;
    const path = this.path();
    // "… paragraph 7" / "(b)", or "… under subparagraph" / "(b) of this paragraph"
    return endsWithReferenceWord.test(tailOf(path[path.length - 1], 40));
  }

  build(): BuiltBlock {
    const block = unwrap(this.root.lines, this.vocabulary);
    const path = this.path();
    const lastNode = path[path.length - 1];
    const lastLine = lastNode.lines[lastNode.lines.length - 1] ?? lastNode.titleLines?.[lastNode.titleLines.length - 1];
    const source: Provenance = lastLine
      ? { pages: [block.source.pages[0], lastLine.page], span: [block.source.span[0], lastLine.end] }
      : block.source;
    return { text: block.text, source, items: this.root.children.map((c) => this.toItem(c)) };
  }

  private toItem(node: Node): Item {
    if (node.moreBlocks) {
      // Several blocks under one title become unnumbered items of it.
      const blocks = [node.lines, ...node.moreBlocks].map((lines, i): Node => ({ id: `${node.id}.u${i + 1}`, num: '', lines, children: [], dashCount: 0 }));
      node = { ...node, lines: [], moreBlocks: undefined, children: blocks };
    }
    if (node.titleLines && node.lines.length && node.children.length && !ENDS_PUNCTUATED.test(node.lines.at(-1)!.text)) {
      // A second title line over the items ("(ii) Support to stabilisation …" / "Stabilisation" / "(a) …") heads a group of them.
      // The group runs to the next group title.
      const end = node.children.findIndex((child) => child.num === '' && child.titleLines);
      const grouped = end < 0 ? node.children : node.children.slice(0, end);
      const group: Node = { id: `${node.id}.u1`, num: '', titleLines: node.lines, lines: [], children: grouped, dashCount: 0 };
      reparent(group.children, group.id);
      node = { ...node, lines: [], children: [group, ...node.children.slice(grouped.length)] };
    }
    const { id, num } = node;
    const { text } = unwrap(node.lines, this.vocabulary);
    const items = node.children.map((c) => this.toItem(c));
    const title = node.titleLines ? unwrap(node.titleLines, this.vocabulary).text : undefined;
    const source = provenanceOf(node);
    if (title !== undefined) return { id, num, title, text, items, source };
    // A heading-like item over sub-items: "(a) Support to the implementation of the Agreement" / "(i) …".
    if (items.length > 0 && text !== '' && !ENDS_PUNCTUATED.test(text)) return { id, num, title: text, text: '', items, source };
    return { id, num, text, items, source };
  }
}

/**
 * The end of a node's text, its lines joined with spaces. Lines are trimmed, so what ends with a punctuation mark,
 * spaces after it or not, ends its last line.
 */
function lastText(node: Node): string {
  return node.lines.at(-1)?.text ?? '';
}

/** The last `length` characters of a node's text, its lines joined with spaces: only its last lines are joined. */
function tailOf(node: Node, length: number): string {
  let first = node.lines.length;
  // The joined length of lines[first…]: no space before the first of them.
  let joined = -1;
  while (first > 0 && joined < length) joined += node.lines[--first].text.length + 1;
  return node.lines
    .slice(first)
    .map((l) => l.text)
    .join(' ')
    .slice(-length);
}

/** Ids of nodes moved under a new parent: "op2.ii.a" → "op2.ii.u1.a". */
function reparent(nodes: Node[], parentId: string): void {
  for (const node of nodes) {
    node.id = `${parentId}.${node.id.split('.').at(-1)}`;
    reparent(node.children, node.id);
  }
}

/** `label` is the first of a list: "(a)", "(i)", "(1)". */
function opensList(label: Label | null): boolean {
  return !!label && stylesOf(label).some((style) => firstKey(style) === label.key);
}

/** `label` goes on from `node`'s numbering: "(c)" after "(b)". */
function continuesList(node: Node | undefined, label: Label | null): boolean {
  return !!node?.style && !!label && stylesOf(label).includes(node.style) && nextKey(node.style, node.key!) === label.key;
}

function provenanceOf(node: Node): Provenance {
  const first = node.titleLines?.[0] ?? node.lines[0];
  const last = node.lines.at(-1) ?? node.titleLines?.at(-1);
  return { pages: [first?.page ?? 1, last?.page ?? 1], span: [first?.start ?? 0, last?.end ?? 0] };
}
