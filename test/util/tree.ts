import type { Item, UNDocument } from '../../src/model.js';

/**
 * A document's structure as plain lines, one node per line, children indented by two spaces:
 * the form of the expected trees in test/structure/fixtures.
 */
export function treeText(doc: UNDocument): string {
  const out: string[] = [];
  if (doc.formula) out.push(`formula ${doc.formula}`);
  for (const p of doc.preamble) out.push(`pre ${p.text}`);
  const items = (list: Item[], depth: number) => {
    for (const item of list) {
      const title = item.title !== undefined ? `[${item.title}] ` : '';
      out.push(`${'  '.repeat(depth)}${item.num || '¶'} ${title}${item.text}`.trimEnd());
      items(item.items, depth + 1);
    }
  };
  for (const node of doc.body) {
    if (node.type === 'heading') {
      out.push(`heading ${node.num ? `${node.num}. ` : ''}${node.text}`);
    } else {
      out.push(`${node.num ? `${node.num}.` : '¶'} ${node.text}`);
      items(node.items, 1);
    }
  }
  for (const annex of doc.annexes ?? []) out.push(`annex ${annex.num}`.trimEnd());
  return out.join('\n');
}
