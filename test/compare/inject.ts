/**
 * Test utility: known edits injected into a real resolution, with typographic and extraction noise on the
 * edited side, and a check of a comparison against what was injected.
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { englishResolutions } from '../akn/corpus.js';
import { importAkn } from '../../src/akn/import.js';
import type { Item, Paragraph, Preambular, UNDocument } from '../../src/model.js';
import type { Comparison, Pair } from '../../src/compare/index.js';

export type EditKind = 'insert' | 'delete' | 'move' | 'reword' | 'split' | 'merge' | 'renumber' | 'spelling' | 'punctuation';
export const EDIT_KINDS: EditKind[] = ['insert', 'delete', 'move', 'reword', 'split', 'merge', 'renumber', 'spelling', 'punctuation'];

type Node = Preambular | Paragraph;

/** An injected edit: the left ids it touched and the right nodes it produced (their ids are read after renumbering). */
interface Edit {
  kind: EditKind;
  left: string[];
  right: (Node | Item)[];
}

export interface Injected {
  left: UNDocument;
  right: UNDocument;
  edits: Edit[];
}


export const loadAkn = (path: string): UNDocument => importAkn(readFileSync(path, 'utf8'), 'test');

/** The English resolution of that number in the development corpus ("S_RES_1836_…", "S_RES_2531 (2020)…"), imported. */
export const loadResolution = (number: number): UNDocument =>
  loadAkn(englishResolutions().find((f) => new RegExp(`^S_RES_${number}(?!\\d)`).test(basename(f)))!);

const REPLACEMENT_WORDS = ['regional', 'comprehensive', 'immediate', 'sustainable', 'humanitarian', 'provisional', 'independent', 'technical', 'electoral', 'maritime'];
const INSERTED_PHRASES = ['including in the central regions', 'as a matter of priority', 'within existing resources', 'in close consultation with the host country', 'without further delay'];
/** words with a British / American / UN-house variant, as [found, variant] */
const SPELLING_PAIRS: [RegExp, (word: string) => string][] = [
  [/\b\p{L}{3,}iz(?:e|es|ed|ing|ation|ations)\b/u, (w) => w.replace(/iz(e|es|ed|ing|ation|ations)$/, 'is$1')],
  [/\b(?:labour|behaviour|neighbouring|favour)\b/u, (w) => w.replace(/our/, 'or')],
  [/\b(?:centre|centres)\b/u, (w) => w.replace(/re(s?)$/, 'er$1')],
  [/\b(?:defence|offences?)\b/u, (w) => w.replace(/ence/, 'ense')],
  [/\bprogrammes?\b/u, (w) => w.replace(/mme/, 'm')],
];

const pick = <T>(random: () => number, list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
const wordsOf = (text: string) => text.split(' ');

/**
 * Injects `count` edits into a copy of `document` on units apart from each other, renumbers the copy,
 * then adds typographic noise to it. `insertions` are texts from other documents to insert.
 */
export function injectEdits(document: UNDocument, random: () => number, count: number, insertions: string[]): Injected {
  const left = document;
  const right = structuredClone(document);
  const edits: Edit[] = [];
  const touched = new Set<Node | Item>();
  let movedIn = new Set<string>();
  for (let attempt = 0; edits.length < count && attempt < count * 20; attempt++) {
    const inPreamble = random() < 0.35;
    const list: Node[] = inPreamble ? right.preamble : right.body.filter((n): n is Paragraph => n.type === 'paragraph');
    if (list.length < 6) continue;
    const index = 1 + Math.floor(random() * (list.length - 2));
    const node = list[index]!;
    const around = [list[index - 1]!, node, list[index + 1]!];
    if (around.some((n) => touched.has(n))) continue;
    const kind = pick(random, EDIT_KINDS);
    const edit = applyEdit(kind, right, inPreamble, list, index, random, insertions, movedIn, touched);
    if (!edit) continue;
    edits.push(edit);
    for (const n of [...around, ...edit.right]) touched.add(n);
    if (kind === 'move') movedIn = new Set([...movedIn, inPreamble ? 'preamble' : 'body']);
  }
  renumber(right);
  addNoise(right, random);
  return { left, right, edits };
}

/** Replaces `list` in the document (the body keeps its headings where they were). */
function setList(document: UNDocument, inPreamble: boolean, list: Node[]): void {
  if (inPreamble) { document.preamble = list as Preambular[]; return; }
  const paragraphs = list as Paragraph[];
  const body = [];
  let k = 0;
  for (const node of document.body) {
    if (node.type === 'heading') body.push(node);
    else if (k < paragraphs.length) body.push(paragraphs[k++]!);
  }
  body.push(...paragraphs.slice(k));
  document.body = body;
}

function applyEdit(
  kind: EditKind, document: UNDocument, inPreamble: boolean, list: Node[], index: number,
  random: () => number, insertions: string[], movedIn: Set<string>, touched: Set<Node | Item>,
): Edit | undefined {
  const node = list[index]!;
  const next = list[index + 1]!;
  const hasItems = (n: Node) => 'items' in n && n.items.length > 0;
  const copy = [...list];
  switch (kind) {
    case 'insert': {
      const text = pick(random, insertions);
      const inserted: Node = inPreamble ? { id: 'new', text } : { type: 'paragraph', id: 'new', num: '', text, items: [] };
      copy.splice(index, 0, inserted);
      setList(document, inPreamble, copy);
      return { kind, left: [], right: [inserted] };
    }
    case 'delete':
      copy.splice(index, 1);
      setList(document, inPreamble, copy);
      return { kind, left: [node.id], right: [] };
    case 'move': {
      if (movedIn.has(inPreamble ? 'preamble' : 'body')) return undefined;
      const target = index > list.length / 2 ? Math.floor(random() * (index - 3)) : index + 4 + Math.floor(random() * (list.length - index - 4));
      if (target < 1 || target >= list.length - 1 || Math.abs(target - index) < 3) return undefined;
      if ([list[target - 1]!, list[target]!, list[target + 1]!].some((n) => touched.has(n))) return undefined;
      copy.splice(index, 1);
      copy.splice(target, 0, node);
      setList(document, inPreamble, copy);
      return { kind, left: [node.id], right: [node] };
    }
    case 'reword': {
      const words = wordsOf(node.text);
      if (words.length < 8) return undefined;
      const at = 1 + Math.floor(random() * (words.length - 5));
      const variant = Math.floor(random() * 3);
      const leftId = node.id;
      if (variant === 0) {
        const original = words[at]!.toLowerCase();
        const replacement = pick(random, REPLACEMENT_WORDS.filter((w) => !original.includes(w)));
        words[at] = replacement;
      } else if (variant === 1) {
        words.splice(at, 0, pick(random, INSERTED_PHRASES));
      } else {
        words.splice(at, 2 + Math.floor(random() * 3));
      }
      node.text = words.join(' ');
      return { kind, left: [leftId], right: [node] };
    }
    case 'split': {
      const words = wordsOf(node.text);
      if (words.length < 16 || hasItems(node)) return undefined;
      const at = Math.floor(words.length * (0.3 + random() * 0.4));
      const second: Node = { ...structuredClone(node), text: words.slice(at).join(' ') };
      const leftId = node.id;
      node.text = words.slice(0, at).join(' ');
      copy.splice(index + 1, 0, second);
      setList(document, inPreamble, copy);
      return { kind, left: [leftId], right: [node, second] };
    }
    case 'merge': {
      if (hasItems(node) || hasItems(next)) return undefined;
      const leftIds = [node.id, next.id];
      node.text = `${node.text} ${next.text}`;
      copy.splice(index + 1, 1);
      setList(document, inPreamble, copy);
      return { kind, left: leftIds, right: [node] };
    }
    case 'renumber': {
      const items = 'items' in node ? node.items.filter((i) => /^\([a-z]\)$/.test(i.num)) : [];
      if (items.length < 2 || items.length !== ('items' in node ? node.items.length : 0)) return undefined;
      const roman = ['i', 'ii', 'iii', 'iv', 'v', 'vi', 'vii', 'viii', 'ix', 'x', 'xi', 'xii', 'xiii', 'xiv', 'xv', 'xvi', 'xvii', 'xviii', 'xix', 'xx'];
      if (items.length > roman.length) return undefined;
      const leftIds = items.map((i) => i.id);
      items.forEach((item, k) => { item.num = `(${roman[k]})`; item.id = `${item.id.replace(/\.[^.]+$/, '')}.${roman[k]}`; });
      return { kind, left: leftIds, right: items };
    }
    case 'spelling': {
      for (const [pattern, variant] of SPELLING_PAIRS) {
        const found = pattern.exec(node.text);
        if (!found) continue;
        node.text = node.text.slice(0, found.index) + variant(found[0]) + node.text.slice(found.index + found[0].length);
        return { kind, left: [node.id], right: [node] };
      }
      return undefined;
    }
    case 'punctuation': {
      const comma = node.text.indexOf(', ', 10);
      if (comma < 0) return undefined;
      node.text = `${node.text.slice(0, comma)}; ${node.text.slice(comma + 2)}`;
      return { kind, left: [node.id], right: [node] };
    }
  }
}

/** Numbers the edited copy again as a new version would be: pre1…, op1…, items under their parent's id. */
function renumber(document: UNDocument): void {
  document.preamble.forEach((p, k) => { p.id = `pre${k + 1}`; });
  const relabel = (items: Item[], parent: string) => items.forEach((item) => {
    item.id = `${parent}.${item.id.split('.').pop()}`;
    relabel(item.items, item.id);
  });
  let k = 0;
  for (const node of document.body) {
    if (node.type !== 'paragraph') continue;
    k++;
    node.id = `op${k}`;
    node.num = String(k);
    relabel(node.items, node.id);
  }
}

/** Typography and extraction noise: quotes, dashes, words split by the extractor, line-end hyphens, spacing. */
function noisy(text: string, random: () => number): string {
  return text
    .replace(/[’']/g, () => (random() < 0.5 ? '\u2019' : "'"))
    .replace(/[“”"]/g, () => (random() < 0.5 ? '"' : '\u201c'))
    .replace(/ [-–—] /g, () => pick(random, [' - ', ' \u2013 ', ' \u2014 ']))
    .replace(/(\p{L})-(\p{L})/gu, (_, a: string, b: string) => (random() < 0.5 ? `${a}- ${b}` : `${a}-${b}`))
    .replace(/\p{L}{8,}/gu, (word) => {
      const roll = random();
      const at = 3 + Math.floor(random() * (word.length - 6));
      if (roll < 0.04) return `${word.slice(0, at)} ${word.slice(at)}`; // "terror ist"
      if (roll < 0.07) return `${word.slice(0, at)}- ${word.slice(at)}`; // "imple- mentation"
      return word;
    })
    .replace(/ /g, () => (random() < 0.02 ? '  ' : ' '));
}

function addNoise(document: UNDocument, random: () => number): void {
  const items = (list: Item[]) => list.forEach((item) => { item.text = noisy(item.text, random); items(item.items); });
  document.preamble.forEach((p) => { p.text = noisy(p.text, random); });
  for (const node of document.body) {
    node.text = noisy(node.text, random);
    if (node.type === 'paragraph') items(node.items);
  }
}

export interface Score {
  /** injected edits found with the right class */
  found: number;
  missed: { kind: EditKind; left: string[]; right: string[] }[];
  /** reported changes that no injected edit explains */
  false: string[];
  /** all reported changes */
  reported: number;
}

/** Checks a comparison against the injected edits: each must be found with its class, nothing else reported. */
export function score(injected: Injected, comparison: Comparison): Score {
  const explained = new Set<string>();
  const pairByLeft = new Map<string, Pair>();
  for (const pair of comparison.pairs) for (const id of pair.left.parts?.map((p) => p.id) ?? [pair.left.id]) pairByLeft.set(id, pair);
  const rightIds = (pair: Pair | undefined) => pair?.right.parts?.map((p) => p.id) ?? (pair ? [pair.right.id] : []);
  const sameIds = (a: string[], b: string[]) => a.length === b.length && a.every((id, k) => id === b[k]);
  const result: Score = { found: 0, missed: [], false: [], reported: 0 };

  for (const edit of injected.edits) {
    const wanted = edit.right.map((n) => n.id);
    const pair = pairByLeft.get(edit.left[0] ?? '');
    let found = false;
    switch (edit.kind) {
      case 'insert':
        found = comparison.added.some((a) => a.id === wanted[0]);
        if (found) explained.add(`added:${wanted[0]}`);
        break;
      case 'delete':
        found = comparison.deleted.some((d) => d.id === edit.left[0]);
        if (found) explained.add(`deleted:${edit.left[0]}`);
        break;
      case 'move':
        found = !!pair && pair.moved && sameIds(rightIds(pair), wanted) && (pair.class === 'moved' || pair.class === 'renumbered');
        break;
      case 'reword':
        found = !!pair && pair.class === 'substantive' && sameIds(rightIds(pair), wanted);
        break;
      case 'split':
        found = !!pair && pair.class === 'split' && sameIds(rightIds(pair), wanted);
        break;
      case 'merge':
        found = !!pair && pair.class === 'merge' && sameIds(pair.left.parts?.map((p) => p.id) ?? [], edit.left) && sameIds(rightIds(pair), wanted);
        break;
      case 'renumber':
        found = edit.left.every((id, k) => {
          const itemPair = pairByLeft.get(id);
          return itemPair?.class === 'renumbered' && itemPair.right.id === wanted[k];
        });
        break;
      case 'spelling':
        found = !!pair && pair.class === 'spelling' && sameIds(rightIds(pair), wanted);
        break;
      case 'punctuation':
        found = !!pair && pair.class === 'editorial' && sameIds(rightIds(pair), wanted);
        break;
    }
    if (found) {
      result.found++;
      if (pair) explained.add(`pair:${pair.left.id}`);
      if (edit.kind === 'renumber') edit.left.forEach((id) => explained.add(`pair:${id}`));
    } else {
      result.missed.push({ kind: edit.kind, left: edit.left, right: wanted });
    }
  }

  const report = (key: string, description: string) => {
    result.reported++;
    if (!explained.has(key)) result.false.push(description);
  };
  for (const pair of comparison.pairs) {
    if (pair.class === 'identical' || (pair.class === 'renumbered' && !pair.moved)) continue;
    report(`pair:${pair.left.id}`, `${pair.class}${pair.moved ? ' moved' : ''} ${pair.left.id} → ${pair.right.id}: ${JSON.stringify(pair.changes.filter((c) => c.op !== 'equal'))}`);
  }
  for (const added of comparison.added) report(`added:${added.id}`, `added ${added.id}`);
  for (const deleted of comparison.deleted) report(`deleted:${deleted.id}`, `deleted ${deleted.id}`);
  return result;
}
