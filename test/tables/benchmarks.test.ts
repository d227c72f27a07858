import { describe, it, expect } from 'vitest';
import { indicatorsOf, parseBenchmarks, type BenchmarkTable } from '../../src/tables/benchmarks.js';
import { recoverAnnexTable } from '../../src/tables/index.js';
import { maliAnnexLines } from './seed.js';

describe('benchmark table of S/2017/478, annex I', async () => {
  const table: BenchmarkTable = parseBenchmarks(await maliAnnexLines('I'), 'en');
  const indicators = indicatorsOf(table);
  const indicator = (num: string) => indicators.find((i) => i.num === num)!;

  it('recovers the 4 areas and all 31 indicators, 1.1.1 to 4.3.6, in order', () => {
    expect(table.areas.map((a) => `${a.num}. ${a.title}`)).toEqual([
      '1. Political and institutional matters',
      '2. Defence and security aspects',
      '3. Humanitarian assistance, socioeconomic and cultural development and the provision of basic social services',
      '4. Justice and reconciliation',
    ]);
    expect(indicators).toHaveLength(31);
    expect(indicators[0].num).toBe('1.1.1');
    expect(indicators.at(-1)!.num).toBe('4.3.6');
    expect(table.areas.flatMap((a) => a.objectives.map((o) => o.num))).toEqual(['1.1', '1.2', '2.1', '2.2', '2.3', '3.1', '3.2', '4.1', '4.2', '4.3']);
  });

  it('drops the column header repeated at page tops, keeping it once', () => {
    expect(table.header).toEqual(['Objectives Progress indicators', 'State of', 'implementation Deadline Comments']);
    expect(indicators.some((i) => /Objectives Progress|Deadline Comments/.test(`${i.text} ${i.comment}`))).toBe(false);
  });

  it('reads state, deadline and comment cells, wrapped ones included', () => {
    expect(indicator('1.1.1')).toMatchObject({ state: 'Ongoing', deadline: '2017', comment: 'The interim authorities were installed in the five regions of the north on 20 April 2017' });
    expect(indicator('1.2.3')).toMatchObject({ state: 'Not implemented', states: ['not-implemented'], deadline: null, comment: null });
    expect(indicator('2.1.3')).toMatchObject({ state: 'Ongoing', deadline: 'Completion expected' });
    expect(indicator('2.2.2')).toMatchObject({ deadline: 'First half of 2017', comment: 'The integration benchmarks and quotas are still to be defined by the signatories' });
    expect(indicator('4.1.1')).toMatchObject({ state: 'Implemented', deadline: 'March 2017' });
    expect(indicator('3.2.4').deadline).toBe('2016');
  });

  it('keeps "Progress made:" with its dash sub-points, and numbers inside comments as text', () => {
    expect(indicator('3.1.2').comment!.split('\n')).toEqual([
      'Progress made:',
      '– Launching in February 2017 of the Humanitarian Response Plan, with the contribution of more than 130 partners (United Nations agencies and national and international non-governmental organizations',
      '– As at 30 April 2017, only 12.5 per cent of the humanitarian response plan, totalling $293 million, had been financed',
      '– Completion in April 2017 of the multi-risk contingency plan for preparation and response to disasters',
    ]);
    expect(indicator('3.1.3').comment).toContain('income-generating activities');
  });

  it('keeps both states printed in one cell, and flags them', () => {
    expect(indicator('4.2.1')).toMatchObject({ state: 'Implemented / Ongoing', states: ['implemented', 'ongoing'] });
    expect(indicator('4.2.1').comment).toBe('Progress made:\n– The Truth, Justice and Reconciliation Commission is operational\n– Five regional offices out of six are open');
    expect(table.flags).toContain('4.2.1: 2 states printed: Implemented, Ongoing');
  });

  it('flags the one indicator printed without a state (2.3.3), and reads every other state', () => {
    expect(indicators.filter((i) => i.state === null).map((i) => i.num)).toEqual(['2.3.3']);
    expect(indicator('2.3.3').text).toBe('The gradual redeployment throughout Mali of reconstituted defence and security forces is in effect and guarantees that security and public order are maintained');
    expect(table.flags).toContain('2.3.3: no state printed');
  });
});

describe('parseBenchmarks on a French table', () => {
  it('reads the French states and deadlines, and tells a wrapped year from a label', () => {
    const lines = [
      'Objectifs Indicateurs État Délai Observations',
      '1. Questions politiques',
      'Objectif général',
      '1.1 Mettre en place',
      '1.1.1 Les autorités intérimaires',
      'sont opérationnelles depuis mars',
      '2017 dans le nord',
      'Non mis en œuvre Premier semestre',
      '2018 Texte en cours de rédaction',
      '1.1.2 La Commission est créée',
      'En cours 2017',
    ];
    const indicators = indicatorsOf(parseBenchmarks(lines, 'fr'));
    expect(indicators.map((i) => [i.num, i.state, i.deadline, i.comment])).toEqual([
      ['1.1.1', 'Non mis en œuvre', 'Premier semestre 2018', 'Texte en cours de rédaction'],
      ['1.1.2', 'En cours', '2017', null],
    ]);
    expect(indicators[0].text).toBe('Les autorités intérimaires sont opérationnelles depuis mars 2017 dans le nord');
  });
});

describe('recoverAnnexTable', () => {
  it('does not take numbered paragraphs without states for a benchmark table', () => {
    const annex = { id: 'annex1', num: 'I', lines: ['1. Introduction', 'Some text', '1.1 First point', '1.1.1 A detail of the point', 'More text'] };
    expect(recoverAnnexTable(annex, 'en')).toBeNull();
  });
});
