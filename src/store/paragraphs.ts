import type { Item, Paragraph, UNDocument } from '../model.js';

/** One searchable unit of a document: a preambular paragraph, a body paragraph, or an item at any depth. */
export interface TextUnit {
  paragraphId: string;
  num: string;
  text: string;
  page: number | null;
  /** true for operative paragraphs and their items: what a draft and its resolution share word for word */
  operative: boolean;
}

function itemUnits(items: Item[], operative: boolean): TextUnit[] {
  return items.flatMap((item) => [
    {
      paragraphId: item.id,
      num: item.num,
      text: item.title ? `${item.title} ${item.text}`.trim() : item.text,
      page: item.source?.pages[0] ?? null,
      operative,
    },
    ...itemUnits(item.items, operative),
  ]);
}

function paragraphUnits(paragraph: Paragraph, operative: boolean): TextUnit[] {
  const own = { paragraphId: paragraph.id, num: paragraph.num, text: paragraph.text, page: paragraph.source?.pages[0] ?? null, operative };
  return [own, ...itemUnits(paragraph.items, operative)];
}

/** Every paragraph and item of the document in reading order, empty texts left out. */
export function textUnits(doc: UNDocument): TextUnit[] {
  const operative = doc.kind === 'resolution' || doc.kind === 'draft-resolution';
  const preamble: TextUnit[] = doc.preamble.map((p) => ({ paragraphId: p.id, num: '', text: p.text, page: p.source?.pages[0] ?? null, operative: false }));
  const body = doc.body.flatMap((node) => (node.type === 'paragraph' ? paragraphUnits(node, operative) : []));
  return [...preamble, ...body].filter((unit) => unit.text.trim() !== '');
}

/** The document's text units as one text, a unit to a line: what readers of running text read (lists of votes, statements of a vote). */
export function documentText(doc: UNDocument): string {
  return textUnits(doc).map((unit) => unit.text).join('\n');
}

/** The first numbered paragraph of the body: where a report says which resolution asked for it. */
export function firstBodyParagraph(doc: UNDocument): Paragraph | undefined {
  return doc.body.find((node): node is Paragraph => node.type === 'paragraph');
}
