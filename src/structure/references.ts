import type { BodyNode, InternalReference, Item, Language, Paragraph } from '../model.js';
import { REFERENCE_WORDS } from '../lang/references.js';

const NUMBER = /^\s*(\d{1,3})((?:\s*\((?:[a-z]{1,3}|[ivxlc]+|\d{1,2})\))*)/u;

/**
 * Resolves "paragraph 20 (a) (ii) above", "paragraphs 31 to 36 above", "paragraphs 19 above and 28 and 29 below"
 * to the ids of the paragraphs and items they name. References to another document ("paragraph 4 of resolution
 * 2480 (2019)") are left alone.
 */
export function resolveReferences(body: BodyNode[], lang: Language): void {
  const words = REFERENCE_WORDS[lang];
  if (!words) return;
  const paragraphs = body.filter((n): n is Paragraph => n.type === 'paragraph');
  // Many documents refer to none of their own paragraphs: the ids are collected at the first reference.
  let ids: Set<string> | undefined;
  const exists = (id: string) => (ids ??= idsOf(paragraphs)).has(id);
  const prefix = paragraphs[0]?.id.replace(/\d+$/, '') ?? 'op';
  const annotate = (node: { text: string; refs?: InternalReference[] }) => {
    const refs = findReferences(node.text, words, prefix).filter((r) => (r.targets = r.targets.filter(exists)).length > 0);
    if (refs.length > 0) node.refs = refs;
  };
  const walk = (items: Item[]) => items.forEach((item) => (annotate(item), walk(item.items)));
  for (const p of paragraphs) {
    annotate(p);
    walk(p.items);
  }
}

/** The ids of the paragraphs and of all their items. */
function idsOf(paragraphs: Paragraph[]): Set<string> {
  const ids = new Set<string>();
  const collect = (items: Item[]) => items.forEach((item) => (ids.add(item.id), collect(item.items)));
  for (const p of paragraphs) {
    ids.add(p.id);
    collect(p.items);
  }
  return ids;
}

function findReferences(text: string, words: NonNullable<(typeof REFERENCE_WORDS)['en']>, prefix: string): InternalReference[] {
  const refs: InternalReference[] = [];
  // The case-insensitive Unicode pattern is slow to scan with; most texts lack the words altogether.
  if (!words.stem.test(text)) return refs;
  for (const m of text.matchAll(words.paragraph)) {
    let at = m.index + m[0].length;
    const targets: string[] = [];
    let previous: number | null = null;
    let internal = false;
    for (;;) {
      const rest = text.slice(at);
      const number = NUMBER.exec(rest);
      if (number) {
        // "20 (a) (ii)" → "op20.a.ii"
        targets.push(prefix + number[1] + number[2].replace(/\s*\(([^)]+)\)/g, '.$1'));
        previous = Number(number[1]);
        at += number[0].length;
        continue;
      }
      const inside = words.internal.exec(rest);
      if (inside && targets.length > 0) {
        internal = true;
        at += inside[0].length;
        continue;
      }
      const range = words.range.exec(rest);
      const rangeEnd = range && NUMBER.exec(rest.slice(range[0].length));
      if (range && rangeEnd && previous !== null) {
        const last = Number(rangeEnd[1]);
        for (let n = previous + 1; n < last && n - previous < 100; n++) targets.push(`${prefix}${n}`);
        at += range[0].length;
        continue;
      }
      const list = words.list.exec(rest);
      if (list && list[0].length > 0 && NUMBER.test(rest.slice(list[0].length))) {
        at += list[0].length;
        continue;
      }
      if (words.external.test(rest)) internal = false;
      break;
    }
    if (internal && targets.length > 0) {
      const end = text.slice(0, at).trimEnd().length;
      refs.push({ text: text.slice(m.index, end), span: [m.index, end], targets });
    }
  }
  return refs;
}
