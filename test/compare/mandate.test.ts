import { describe, expect, it } from 'vitest';
import { compareDocuments } from '../../src/compare/index.js';
import type { Item, Paragraph, UNDocument } from '../../src/model.js';
import { loadResolution } from './inject.js';

/** A real mandate resolution: the one with the most priority-task items. */
const mandateResolution = (): UNDocument => loadResolution(2531);

const paragraphs = (doc: UNDocument) => doc.body.filter((n): n is Paragraph => n.type === 'paragraph');
const find = (doc: UNDocument, pattern: RegExp) => paragraphs(doc).find((p) => pattern.test(p.text))!;

describe('mandate-level comparison of a renewal', () => {
  const left = mandateResolution();
  const right = structuredClone(left);
  // renewal: a paragraph inserted at the top (everything renumbers), a new expiry, a raised ceiling,
  // one task dropped, one added, one reworded, the reporting period changed
  const extension = find(right, /^Decides to extend the mandate of \w+ until/);
  extension.text = extension.text.replace(/\d{4};$/, (year) => `${Number(year.slice(0, 4)) + 1};`);
  const ceiling = find(right, /continue to comprise up to/);
  ceiling.text = ceiling.text.replace('13,289', '13,500');
  const tasks = find(right, /mandate shall include the following priority tasks/);
  const firstGroup = tasks.items[0]!;
  const dropped = firstGroup.items.splice(1, 1)[0]!;
  const reworded = firstGroup.items[0]!;
  reworded.text = reworded.text.replace('to encourage and support', 'to lead');
  const added: Item = { id: `${tasks.id}.g`, num: '(g)', title: 'Support to the electoral process', text: 'to provide technical and logistical support to the electoral process;', items: [] };
  tasks.items.push(added);
  const reporting = find(right, /to report to the Security Council every three months/);
  reporting.text = reporting.text.replace('every three months', 'every six months');
  const rewordedLeftId = reworded.id;
  right.body.unshift({ type: 'paragraph', id: 'op0', num: '0', text: 'Welcomes the holding of the inclusive national dialogue;', items: [] });
  const renumber = (items: Item[], parent: string) => items.forEach((item) => {
    item.id = `${parent}.${item.id.split('.').pop()}`;
    renumber(item.items, item.id);
  });
  paragraphs(right).forEach((paragraph, k) => {
    paragraph.id = `op${k + 1}`;
    paragraph.num = String(k + 1);
    renumber(paragraph.items, paragraph.id);
  });
  // in-text references follow the new numbering ("paragraph 62 below" → "paragraph 63 below")
  const reference = /paragraphs? \d+(?:(?: above| below)?(?:,| and| to) \d+)*(?: above| below)/g;
  const referring = paragraphs(right).filter((p) => reference.test(p.text));
  for (const paragraph of referring) {
    paragraph.text = paragraph.text.replace(reference, (phrase) => phrase.replace(/\d+/g, (n) => String(Number(n) + 1)));
  }

  const comparison = compareDocuments(left, right);
  const mandate = comparison.mandate!;

  it('reports the new expiry with its paragraphs on both sides', () => {
    expect(mandate.expires).toMatchObject({ left: '2021-06-30', right: '2022-06-30', changed: true });
    expect(mandate.expires.rightSource?.paragraph).toBe(extension.id);
    expect(comparison.pairs.find((p) => p.left.id === mandate.expires.leftSource?.paragraph)?.right.id).toBe(extension.id);
  });

  it('classes numbers changed in in-text references to renumbered paragraphs as renumbering', () => {
    expect(referring.length).toBeGreaterThan(0);
    for (const paragraph of referring) {
      const pair = comparison.pairs.find((p) => p.right.id === paragraph.id)!;
      const changes = pair.changes.filter((c) => c.op !== 'equal');
      expect(changes.length, paragraph.id).toBeGreaterThan(0);
      expect(changes.every((c) => c.class === 'renumbering'), JSON.stringify(changes)).toBe(true);
      expect(pair.class).toBe('renumbered');
    }
  });

  it('reports the raised ceiling and the unchanged one', () => {
    expect(mandate.ceilings.map((c) => [c.component, c.left, c.right, c.change])).toEqual([
      ['military', 13289, 13500, 'raised'],
      ['police', 1920, 1920, 'unchanged'],
    ]);
  });

  it('reports Chapter VII and the use of force as unchanged', () => {
    expect(mandate.chapterVII).toMatchObject({ left: true, right: true, changed: false });
    expect(mandate.forceAuthorized.changed).toBe(false);
  });

  it('reports the task added, the task dropped and the task reworded, and no other task change', () => {
    const changed = mandate.tasks.filter((t) => t.change !== 'unchanged');
    expect(changed.map((t) => [t.change, t.left?.paragraph ?? null, t.right?.paragraph ?? null]).sort()).toEqual([
      ['added', null, added.id],
      ['dropped', dropped.id, null],
      ['reworded', rewordedLeftId, reworded.id],
    ].sort());
  });

  it('reports the rescheduled reporting obligation and keeps the others', () => {
    const rescheduled = mandate.reporting.find((r) => r.right?.paragraph === reporting.id)!;
    expect(rescheduled.change).toBe('rescheduled');
    expect(rescheduled.left?.paragraph).toBe(left.body.find((n) => n.type === 'paragraph' && n.text.includes('every three months'))!.id);
    // obligations aligned with the rescheduled report keep their schedule: they follow it under its new number
    const aligned = mandate.reporting.filter((r) => r.left?.schedule.type === 'aligned' && r.right?.paragraph !== undefined);
    expect(aligned.some((r) => r.change === 'unchanged')).toBe(true);
    expect(mandate.reporting.filter((r) => r.change === 'added' || r.change === 'dropped')).toEqual([]);
  });
});

describe('reporting "in his regular reports" where the resolution sets none', () => {
  it('is unchanged when the text is, though it names no paragraph to align with', () => {
    const left = loadResolution(1836);
    const comparison = compareDocuments(left, structuredClone(left));
    const regular = comparison.mandate!.reporting.filter((r) => r.left?.schedule.type === 'aligned' && !r.left.schedule.with);
    expect(regular.length).toBeGreaterThan(0);
    expect(comparison.mandate!.reporting.map((r) => r.change)).toEqual(comparison.mandate!.reporting.map(() => 'unchanged'));
  });
});

describe('reporting on an occasion', () => {
  it('is reworded, not rescheduled, when the words of the occasion change', () => {
    const left = loadResolution(1794);
    const right = structuredClone(left);
    const paragraph = find(right, /including factual data and trend analyses/);
    paragraph.text = paragraph.text.replace('including factual data and trend analyses', 'including data on incidents and trend analyses');
    const reporting = compareDocuments(left, right).mandate!.reporting;
    const changed = reporting.filter((r) => r.change !== 'unchanged');
    expect(changed.map((r) => [r.change, r.right?.paragraph, r.right?.schedule.type])).toEqual([['reworded', paragraph.id, 'event']]);
  });
});

describe('a technical rollover', () => {
  it('leaves the ceilings and tasks it does not restate standing: not restated, not dropped', () => {
    const left = mandateResolution();
    const extension = find(left, /^Decides to extend the mandate of \w+ until/);
    const right: UNDocument = { ...structuredClone(left), preamble: [], body: [{ ...structuredClone(extension), id: 'op1', num: '1', text: extension.text.replace(/\d{4};$/, '2022;') }] };
    const mandate = compareDocuments(left, right).mandate!;
    expect(mandate.expires).toMatchObject({ left: '2021-06-30', right: '2022-06-30', changed: true });
    expect(mandate.ceilings.map((c) => [c.component, c.change])).toEqual([['military', 'not-restated'], ['police', 'not-restated']]);
    expect(mandate.tasks.length).toBeGreaterThan(0);
    expect(mandate.tasks.filter((t) => t.change !== 'not-restated')).toEqual([]);
  });

  it('leaves a ceiling standing that a renewal restating another does not state, but drops tasks left out of a task list', () => {
    const left = mandateResolution();
    const right = structuredClone(left);
    const ceiling = find(right, /continue to comprise up to/);
    ceiling.text = ceiling.text.replace(/ and [\d,]+ police personnel/, '');
    const tasks = find(right, /mandate shall include the following priority tasks/);
    const dropped = tasks.items.pop()!;
    const mandate = compareDocuments(left, right).mandate!;
    expect(mandate.ceilings.find((c) => c.component === 'police')?.change).toBe('not-restated');
    expect(mandate.ceilings.find((c) => c.component === 'military')?.change).toBe('unchanged');
    expect(mandate.tasks.filter((t) => t.change === 'dropped').map((t) => t.left?.paragraph)).toEqual([dropped.id]);
  });
});
