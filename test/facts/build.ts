/** Test utility: a resolution built directly from paragraph texts, as the structure stage would produce it. */
import type { Item, Paragraph, UNDocument } from '../../src/model.js';

/** An item: "(a) text", with sub-items. */
export interface ItemSpec {
  num: string;
  text: string;
  title?: string;
  items?: ItemSpec[];
}

/** An operative paragraph: its text, or its text and items. */
export type ParagraphSpec = string | { text: string; items: ItemSpec[] };

function item(parentId: string, spec: ItemSpec): Item {
  const id = `${parentId}.${spec.num.replace(/[()]/g, '')}`;
  return {
    id,
    num: spec.num,
    ...(spec.title ? { title: spec.title } : {}),
    text: spec.text,
    items: (spec.items ?? []).map((child) => item(id, child)),
  };
}

export function resolution(spec: {
  date?: string | null;
  symbol?: string;
  language?: UNDocument['language'];
  preamble?: string[];
  paragraphs: ParagraphSpec[];
}): UNDocument {
  return {
    kind: 'resolution',
    symbol: spec.symbol ?? 'S/RES/9999 (2020)',
    language: spec.language ?? 'en',
    date: spec.date === undefined ? '2020-06-29' : spec.date,
    meeting: null,
    formula: 'The Security Council,',
    preamble: (spec.preamble ?? []).map((text, i) => ({ id: `pre${i + 1}`, text })),
    body: spec.paragraphs.map((p, i): Paragraph => {
      const id = `op${i + 1}`;
      const { text, items } = typeof p === 'string' ? { text: p, items: [] } : p;
      return { type: 'paragraph', id, num: `${i + 1}.`, text, items: items.map((child) => item(id, child)) };
    }),
    source: { format: 'text', sha256: '', pages: 1 },
  };
}
