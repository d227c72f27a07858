/** Document models built in the tests: small, but shaped like what the readers produce. */
import { createHash } from 'node:crypto';
import type { DocumentKind, Item, Language, Paragraph, UNDocument } from '../../src/model.js';

let counter = 0;

export interface DocumentSpec {
  kind: DocumentKind;
  symbol: string | null;
  date: string | null;
  language?: Language;
  number?: number;
  title?: string;
  preamble?: string[];
  /** operative or report paragraphs; an array gives the paragraph's text then its items' texts */
  paragraphs?: (string | [string, ...string[]])[];
  adoption?: UNDocument['adoption'];
  annexes?: UNDocument['annexes'];
}

/** A document model with a fresh sha256 unless `content` fixes it (same content, same hash). */
export function makeDocument(spec: DocumentSpec, content?: string): UNDocument {
  const operative = spec.kind === 'resolution' || spec.kind === 'draft-resolution';
  const prefix = operative ? 'op' : 'p';
  const body: Paragraph[] = (spec.paragraphs ?? []).map((entry, i) => {
    const [text, ...itemTexts] = Array.isArray(entry) ? entry : [entry];
    const id = `${prefix}${i + 1}`;
    const items: Item[] = itemTexts.map((itemText, j) => ({ id: `${id}.${String.fromCharCode(97 + j)}`, num: `(${String.fromCharCode(97 + j)})`, text: itemText, items: [] }));
    return { type: 'paragraph', id, num: String(i + 1), text, items, source: { pages: [1 + Math.floor(i / 10), 1 + Math.floor(i / 10)], span: [0, 0] } };
  });
  const sha256 = createHash('sha256').update(content ?? `${JSON.stringify(spec)}#${counter++}`).digest('hex');
  return {
    kind: spec.kind,
    symbol: spec.symbol,
    language: spec.language ?? 'en',
    date: spec.date,
    meeting: null,
    ...(spec.number ? { number: spec.number } : {}),
    ...(spec.title ? { title: spec.title } : {}),
    ...(spec.adoption ? { adoption: spec.adoption } : {}),
    ...(spec.annexes ? { annexes: spec.annexes } : {}),
    preamble: (spec.preamble ?? []).map((text, i) => ({ id: `pre${i + 1}`, text })),
    body,
    source: { format: 'text', sha256, pages: 1 },
  };
}

/** Operative text of a mandate renewal for a mission, varied by `seed` so that two renewals are different texts. */
export function mandateParagraphs(mission: string, expiry: string, seed: string): (string | [string, ...string[]])[] {
  return [
    `Decides to extend the mandate of ${mission} until ${expiry};`,
    `Decides that ${mission} shall comprise up to 13,289 military personnel and 1,920 police personnel;`,
    [`Decides that the mandate of ${mission} shall include the following priority tasks:`,
      `Protection of civilians under imminent threat of physical violence, in the ${seed} region and elsewhere;`,
      `Support to the implementation of the peace agreement signed in ${seed}, including its security measures;`],
    `Requests the Secretary-General to report to the Security Council every three months after the adoption of this resolution on the ${seed} situation;`,
    `Urges all parties in the ${seed} area to cooperate fully with ${mission} and with the humanitarian agencies working there;`,
    'Decides to remain actively seized of the matter.',
  ];
}
