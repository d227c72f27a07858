import type { BodyNode, Heading, Item, Paragraph, Provenance } from '../model.js';
import { LATIN_LOOKALIKE_LETTERS } from '../lang/numbering.js';
import { follows, inner, opensList } from './labels.js';

/** One paragraph, point or heading as marked up, before the tree is rebuilt. */
export interface Block {
  /** 'introduction': an opening <alinea> (the statement's formula) */
  kind: 'text' | 'heading' | 'introduction';
  /** normalised label ("1", "(a)", "-", "" for an unnumbered point); null when the markup gives none */
  label: string | null;
  text: string;
  opener?: string;
  /** the text is an emphasised phrase without closing punctuation: a run-in title */
  titleOnly?: boolean;
  items: Block[];
  source?: Provenance;
}

/** Punctuation closing a paragraph or clause, in the scripts of the six languages. */
export const CLOSING_PUNCTUATION = /[.;:,!?…，；：。、،؛]["”’»)）]*$/u;
const startsLowerCase = (text: string) => /^[“"‘(]?\p{Ll}/u.test(text);
const opensSublist = (text: string) => /[:：]["”’]?$/u.test(text);
/** A short line without closing punctuation: a heading or a run-in title. */
export const looksLikeTitle = (block: { text: string; titleOnly?: boolean }) =>
  block.titleOnly === true || (!CLOSING_PUNCTUATION.test(block.text) && /^\P{Ll}/u.test(block.text) && block.text.split(' ').length <= 15);
/**
 * A short line ending with a colon that opens with a capital, or a letter of a script without case: "Support for
 * Security Reform:", "紧急临时措施：".
 */
export const introducesGroup = (text: string) => opensSublist(text) && /^[\p{Lu}\p{Lo}]/u.test(text) && wordCount(text) <= 12;
/** Words of a text; Chinese, printed without spaces, counted at two characters a word. */
const wordCount = (text: string) => text.split(' ').length + Math.floor((text.match(/\p{Script=Han}/gu)?.length ?? 0) / 2);
/** A short line introducing a group of items: "Protection of civilians", "Support for Security Reform:". */
const looksLikeGroupTitle = (block: Block) =>
  !block.items.length && block.text.split(' ').length <= 12 && (looksLikeTitle(block) || introducesGroup(block.text));

/**
 * Rebuilds the body from the blocks in reading order, normalising what the markup means rather than how it is marked:
 * items marked as body paragraphs go under their paragraph, a number alone is joined to the text that follows it,
 * numbers printed inside the text become labels, text opening in lower case continues the block before it,
 * unnumbered blocks after a title or an introduction ending with ":" are its items, a heading or short title line
 * inside a list opens a titled group of the items that follow, operative paragraphs nested as points come out,
 * and a missing number in a sequence (1, 2, _, 4) is restored. `prefix` names operative paragraphs ("op")
 * or report paragraphs ("p").
 */
export function assembleBody(blocks: Block[], prefix: string): BodyNode[] {
  const body: BodyNode[] = [];
  let current: Paragraph | null = null;
  /** A paragraph or item marked with its number alone: the next unlabelled block is its text. */
  let awaiting: Paragraph | Item | null = null;
  let lastNumber = 0;
  const startParagraph = (num: string, block: Block) => {
    current = paragraph(num, block);
    body.push(current);
    if (/^\d+$/.test(num)) lastNumber = Number(num);
    awaiting = !block.text && !block.items.length ? current : null;
  };
  const startGroup = (paragraph: Paragraph, block: Block) =>
    paragraph.items.push({ id: '', num: '', title: block.text, text: '', items: [], ...(block.source ? { source: block.source } : {}) });

  const sequence = liftMisplacedParagraphs(blocks);
  sequence.forEach((original, index) => {
    const block = withPrintedLabel(original, lastNumber);
    const { label } = block;
    if (block.kind === 'heading' && current && headsItemGroup(current, sequence, index)) {
      startGroup(current, block);
    } else if (block.kind === 'heading') {
      body.push(heading(block));
      current = null;
    } else if (label && /^\d+$/.test(label)) {
      startParagraph(label, block);
    } else if (label && /^\p{Lu}+\.?$/u.test(label) && !(current && continuesItems(current, label))) {
      body.push(heading({ ...block, label: label.replace(/\.$/, '') }));
      current = null;
    } else if (label) {
      if (!current) startParagraph('', { ...block, label: null, text: '', items: [] });
      const item = toItem(block);
      attachItem(current!, item);
      awaiting = !item.text && !item.items.length ? item : null;
    } else if (awaiting) {
      const target: Paragraph | Item = awaiting;
      target.text = block.text;
      if (block.opener && 'type' in target) target.opener = block.opener;
      target.items.push(...block.items.map(toItem));
      awaiting = null;
    } else if (current && startsLowerCase(block.text)) {
      const holder = lastHolder(current);
      holder.text = `${holder.text} ${block.text}`.trim();
      holder.items.push(...block.items.map(toItem));
    } else if (current && looksLikeGroupTitle(block) && headsItemGroup(current, sequence, index)) {
      startGroup(current, block);
    } else if (current && headsNextParagraph(current, block, sequence[index + 1])) {
      body.push(heading(block));
      current = null;
    } else if (current && !block.opener && itemOwner(current) && !sameOpening(current.text, block.text)) {
      const owner = itemOwner(current)!;
      // Between two dash items, an unmarked one lost its dash.
      const lostDash = owner.items.at(-1)?.num === '-' && sequence[index + 1]?.label === '-';
      owner.items.push(toItem({ ...block, label: lostDash ? '-' : '' }));
    } else if (nextNumber(sequence, index) === lastNumber + 2 && !looksLikeTitle(block)) {
      startParagraph(String(lastNumber + 1), block);
    } else if (looksLikeTitle(block) && !block.items.length) {
      body.push(heading(block));
      current = null;
    } else {
      startParagraph('', block);
    }
  });
  for (const node of body) if (node.type === 'paragraph') settleTitles(node.items);
  assignIds(body, prefix);
  return body;
}

/**
 * Operative paragraphs the markup nested as points of the paragraph before ("4.", "5." inside a sublist):
 * a point labelled with the next operative number, and the ones after it, come out as body paragraphs.
 */
function liftMisplacedParagraphs(blocks: Block[]): Block[] {
  const sequence: Block[] = [];
  let expected = 1;
  for (const block of blocks) {
    if (block.label && /^\d+$/.test(block.label)) expected = Number(block.label) + 1;
    sequence.push(block);
    const lifted: Block[] = [];
    const visit = (items: Block[]) => {
      for (let i = 0; i < items.length; ) {
        const item = items[i];
        if (item.label && /^\d+$/.test(item.label) && Number(item.label) === expected) {
          lifted.push(...items.splice(i, 1));
          expected++;
        } else {
          visit(item.items);
          i++;
        }
      }
    };
    visit(block.items);
    sequence.push(...lifted);
  }
  return sequence;
}

const PRINTED_HALF_PARENTHESISED = new RegExp(`^([a-z]|[${LATIN_LOOKALIKE_LETTERS}])\\)\\s+`, 'u');

/** A label the markup left inside the text: "13 Urges …" after paragraph 12, "(b) …", "– …". */
function withPrintedLabel(block: Block, lastNumber: number): Block {
  if (block.label !== null || block.kind !== 'text') return block;
  const operative = /^(\d{1,3})\.?\s+(?=[\p{Lu}“"])/u.exec(block.text);
  if (operative && Number(operative[1]) === lastNumber + 1) {
    return { ...block, label: operative[1], text: block.text.slice(operative[0].length) };
  }
  return lastNumber > 0 ? withPrintedItemLabel(block) : block;
}

/**
 * An item label left inside the text: "(b) …", "‘1’ …" (Arabic), "– …", "• …", and as the Russian text prints
 * it, "е) …" (a letter that may be Cyrillic, without its opening parenthesis).
 */
function withPrintedItemLabel(block: Block): Block {
  const item =
    /^[(‘’]([a-z]{1,4}|\d{1,2})[)’‘]\s+/u.exec(block.text) ??
    PRINTED_HALF_PARENTHESISED.exec(block.text) ??
    /^([–•—-])\s*(?=\S)/u.exec(block.text);
  if (!item) return block;
  return { ...block, label: /^[–•—-]$/u.test(item[1]) ? '-' : `(${item[1]})`, text: block.text.slice(item[0].length) };
}

/**
 * A heading met inside a paragraph's list (the UN prints task groups this way: "Protection of civilians", then (c), (d) …):
 * the paragraph introduces a list or already has items, and the next labelled block is an item, not a paragraph.
 */
function headsItemGroup(paragraph: Paragraph, blocks: Block[], index: number): boolean {
  if (!paragraph.items.length && !opensSublist(paragraph.text)) return false;
  const next = blocks.slice(index + 1).find((block) => block.label || block.kind === 'heading');
  return next?.kind !== 'heading' && !!next?.label && !/^\d+$/.test(next.label);
}

/**
 * A title between a finished paragraph and the next numbered one heads that paragraph, even when the markup left it
 * a plain paragraph (the Chinese of "Other security presences in Mali …", a subheading in English): no unnumbered
 * item of the list before, whose last text ends with punctuation.
 */
function headsNextParagraph(paragraph: Paragraph, block: Block, next: Block | undefined): boolean {
  return !block.items.length && looksLikeTitle(block) && !!next?.label && /^\d+$/.test(next.label) && CLOSING_PUNCTUATION.test(lastHolder(paragraph).text);
}

/** Paragraphs of a quoted declaration open alike ("“The Security Council expresses …" after "“The Security Council calls on …:"). */
function sameOpening(paragraph: string, text: string): boolean {
  const opening = (words: string) => words.split(' ').slice(0, 3).join(' ');
  return text.split(' ').length > 3 && opening(paragraph) === opening(text);
}

function nextNumber(blocks: Block[], index: number): number | null {
  for (const block of blocks.slice(index + 1)) if (block.label && /^\d+$/.test(block.label)) return Number(block.label);
  return null;
}

function paragraph(num: string, block: Block): Paragraph {
  return {
    type: 'paragraph',
    id: '',
    num,
    text: block.text,
    ...(block.opener ? { opener: block.opener } : {}),
    items: block.items.map(toItem),
    ...(block.source ? { source: block.source } : {}),
  };
}

function heading(block: Block): Heading {
  return {
    type: 'heading',
    id: '',
    ...(block.label ? { num: block.label } : {}),
    text: block.text,
    ...(block.source ? { source: block.source } : {}),
  };
}

function toItem(original: Block): Item {
  const block = original.label ? original : withPrintedItemLabel(original);
  const item: Item = { id: '', num: block.label ?? '', text: block.text, items: block.items.map(toItem) };
  if (block.titleOnly) titled.add(item);
  if (block.source) item.source = block.source;
  return item;
}

/** Items whose text the markup emphasised as a title; read by settleTitles. */
const titled = new WeakSet<Item>();

/** The paragraph or deepest last item, whose text a lower-case continuation extends. */
function lastHolder(paragraph: Paragraph): Paragraph | Item {
  let holder: Paragraph | Item = paragraph;
  while (holder.items.length) holder = holder.items.at(-1)!;
  return holder;
}

/**
 * What an unnumbered block belongs to: the deepest last item that is a title still without text,
 * one ending with ":", one already holding unnumbered items; else the paragraph itself if it ends with ":".
 */
function itemOwner(paragraph: Paragraph): Paragraph | Item | undefined {
  const chain: (Paragraph | Item)[] = [paragraph];
  for (let node: Paragraph | Item = paragraph; node.items.length; ) chain.push((node = node.items.at(-1)!));
  for (const node of chain.reverse()) {
    if (node === paragraph) return opensSublist(node.text) || node.items.at(-1)?.num === '' ? node : undefined;
    const item = node as Item;
    // A short unlabelled line is a sibling in a list of names, not a title owning the next one.
    if (!item.items.length && (titled.has(item) || (item.num !== '' && looksLikeTitle(item)) || opensSublist(item.text))) return item;
    if (item.items.at(-1)?.num === '') return item;
  }
  return undefined;
}

/** "A." after an introduction ending with ":", "B." after an item "A.": a part of the paragraph's list, not a heading. */
function continuesItems(paragraph: Paragraph, label: string): boolean {
  if (!paragraph.items.length) return opensSublist(paragraph.text) && opensList(label);
  for (let items = paragraph.items; items.length; items = items.at(-1)!.items) if (follows(items.at(-1)!.num, label)) return true;
  return false;
}

/**
 * An item marked as a body paragraph: it continues the list at the level whose last label it follows
 * ("(b)" after "(a)", "(i)" after "(h)"), or opens a list under the last item when that item introduces one.
 */
function attachItem(paragraph: Paragraph, item: Item): void {
  const levels: Item[][] = [paragraph.items];
  while (levels.at(-1)!.at(-1)?.items.length) levels.push(levels.at(-1)!.at(-1)!.items);
  for (const level of [...levels].reverse()) {
    const last = level.at(-1);
    if (last && follows(last.num, item.num)) {
      level.push(item);
      return;
    }
  }
  const deepest = levels.at(-1)!.at(-1);
  const emptyGroup = levels[0].at(-1);
  if (emptyGroup?.title && !emptyGroup.text && !emptyGroup.items.length) {
    emptyGroup.items.push(item);
    return;
  }
  if (deepest && opensList(item.num) && (opensSublist(deepest.text) || titled.has(deepest) || looksLikeTitle(deepest))) {
    deepest.items.push(item);
    return;
  }
  levels[0].push(item);
}

/**
 * A titled item: "(f) Humanitarian assistance" followed by one unnumbered block becomes one item with a title and that text;
 * followed by numbered items or several blocks, the title stays and the text is empty.
 */
function settleTitles(items: Item[]): void {
  for (const item of items) {
    settleTitles(item.items);
    // Text without closing punctuation over sub-items heads them, however long and in whatever case it opens: the
    // translations emphasise part of it or none ("(a) этапе II (постизбирательный этап)" for "(a) Phase II …"); so
    // does an unnumbered group title ending with a colon.
    const heads = !CLOSING_PUNCTUATION.test(item.text) || (item.num === '' && introducesGroup(item.text));
    if (item.title || !item.items.length || !item.text || !(titled.has(item) || heads)) continue;
    item.title = item.text;
    const [only, ...rest] = item.items;
    if (only.num === '' && !rest.length) {
      item.text = only.text;
      item.items = only.items;
    } else {
      item.text = '';
    }
  }
}

const innerLabel = (num: string) => inner(num).replace(/\.$/, '');

function assignIds(body: BodyNode[], prefix: string): void {
  const anyNumbered = body.some((node) => node.type === 'paragraph' && node.num !== '');
  let headings = 0;
  let paragraphs = 0;
  let unnumbered = 0;
  for (const node of body) {
    if (node.type === 'heading') {
      node.id = `h${++headings}`;
      continue;
    }
    paragraphs++;
    if (node.num) node.id = `${prefix}${node.num}`;
    else node.id = anyNumbered ? `${prefix}-u${++unnumbered}` : `${prefix}${paragraphs}`;
    assignItemIds(node.items, node.id);
  }
}

/** "op20.a.ii"; dash items "d1", "d2"; unnumbered blocks "u1", "u2". */
function assignItemIds(items: Item[], parentId: string): void {
  let dashes = 0;
  let unnumbered = 0;
  const used = new Set<string>();
  for (const item of items) {
    const key = item.num === '-' ? `d${++dashes}` : item.num === '' ? `u${++unnumbered}` : innerLabel(item.num);
    // A label printed twice in a list (a slip of the text: "(ز)" "(ز)") still gets an id of its own.
    let id = `${parentId}.${key}`;
    for (let copy = 2; used.has(id); copy++) id = `${parentId}.${key}-${copy}`;
    used.add(id);
    item.id = id;
    assignItemIds(item.items, item.id);
  }
}
