import { describe, expect, it } from 'vitest';
import { Vocabulary, clean, unwrap, furnitureKind } from '../../src/clean/index.js';
import { extract } from '../../src/extract/index.js';
import { repairText } from '../../src/clean/index.js';
import type { CleanLine } from '../../src/clean/types.js';

const vocabulary = (...texts: string[]) => new Vocabulary(texts, 'en');
const lines = (...texts: string[]): CleanLine[] => texts.map((text, i) => ({ text, page: 1, start: i * 100, end: i * 100 + text.length, indent: 0, blankBefore: false }));

describe('split words', () => {
  it('rejoins words split by extraction, with no list of the broken words', () => {
    const v = vocabulary();
    expect(repairText('the serious challenges pose d by th e terror ist threat, to e nsure the envi ronment', v)).toBe('the serious challenges posed by the terrorist threat, to ensure the environment');
  });

  it('leaves two real words alone, and never makes a name of common words', () => {
    const v = vocabulary();
    expect(repairText('a part of it, in to the violations to go unaddressed', v)).toBe('a part of it, in to the violations to go unaddressed');
    expect(repairText('Mr Al Mahdi and Ansar Eddine', v)).toBe('Mr Al Mahdi and Ansar Eddine');
  });

  it('joins spaces around hyphens the extractor added', () => {
    const v = vocabulary();
    expect(repairText('contingent -owned equipment, troop - and police-contributing, ill -treatment', v)).toBe('contingent-owned equipment, troop- and police-contributing, ill-treatment');
  });
});

describe('unwrapping', () => {
  it('undoes line-break hyphenation only where the hyphen was the line break', () => {
    const v = vocabulary();
    expect(unwrap(lines('the reorgani-', 'zation of the sector'), v).text).toBe('the reorganization of the sector');
    expect(unwrap(lines('national ownership of peace-', 'and security-related initiatives'), v).text).toBe('national ownership of peace- and security-related initiatives');
    expect(unwrap(lines('municipal by-', 'elections'), v).text).toBe('municipal by-elections');
  });

  it('keeps the span of the lines it joins', () => {
    expect(unwrap(lines('first line', 'second line'), vocabulary()).source.span).toEqual([0, 111]);
  });
});

describe('lines normalised', () => {
  // Plain lines are told apart by one search through the source text: each kind of line that is not plain, between
  // plain ones, must still be normalised, and a plain one left as it is.
  it.each([
    ['two  spaces   inside', 'two spaces inside'],
    ['tab\tseparated', 'tab separated'],
    ['soft\u00adhyphen and no\u2011break', 'softhyphen and no\u2011break'],
    ['\uf0b7 a symbol-font bullet', '• a symbol-font bullet'],
    ['- a hyphen opening an item', '– a hyphen opening an item'],
    ['**emphasised** and __underlined__ words', 'emphasised and underlined words'],
    ['## A heading', 'A heading'],
    ['A plain line, (a) with "marks" & digits 12/3.', 'A plain line, (a) with "marks" & digits 12/3.'],
  ])('%s', async (line, expected) => {
    const source = ['The line before it is plain.', line, 'The line after it is plain.'].join('\n');
    const { lines: cleaned } = clean(await extract(Buffer.from(source)), 'en');
    expect(cleaned.map((l) => l.text)).toEqual(['The line before it is plain.', expected, 'The line after it is plain.']);
  });
});

describe('page furniture', () => {
  it.each(['S/2017/558', '17-10885 2/14', '3/14 17-10885', '17-10885 (E) 300617', '*1710885*', 'Please recycle', 'https://undocs.org/S/RES/2295(2016)', 'United Nations S/2017/558', 'Security Council Distr.: General', 'Security Council  Distr. :  Limited', 'Security Council\u00a0Distr.:\u00a0General'])('%s', (line) => {
    expect(furnitureKind(line, 'en')).not.toBeNull();
  });

  it.each(['(S/2020/476), and', 'Recalling its resolution 2295 (2016),', '2017 and 2018, stressing', 'the Distr.: General line of the cover, and'])('keeps content: %s', (line) => {
    expect(furnitureKind(line, 'en')).toBeNull();
  });
});

describe('glued words', () => {
  it('splits a function word glued to the next word, not a rare word made of two words’ letters', () => {
    const v = vocabulary();
    expect(repairText('in order tosupport the Government', v)).toBe('in order to support the Government');
    expect(repairText('and to forestall attempts', v)).toBe('and to forestall attempts');
  });

  it('leaves clean text, a paragraph to a line, as it is written', () => {
    const v = new Vocabulary([], 'en', { hardWrapped: false });
    expect(repairText('the serious challenges pose d by th e terror ist threat', v)).toBe('the serious challenges pose d by th e terror ist threat');
    expect(repairText('gender-sensitive approach ; contingent -owned', v)).toBe('gender-sensitive approach ; contingent -owned');
  });
});

describe('a paragraph’s tokens', () => {
  it('repair the same whether they come from the document’s token list or a scan of the paragraph', () => {
    const doc = lines(
      '1. The Security Council asks th e Secretary-General',
      'to report on terror ist threats pose d by',
      'armed groups, and decides to remain seized of the matter.',
      'Recalling the envi ronment of the region and its environment,',
    );
    const paragraph = doc.slice(0, 3);
    // The structure cuts a paragraph's label off its first line: the rest starts at a token of the line.
    const labelCut = [{ ...paragraph[0], text: paragraph[0].text.slice(3) }, ...paragraph.slice(1)];
    const v = new Vocabulary(doc, 'en');
    for (const part of [paragraph, labelCut, doc.slice(3)]) {
      const scanned = repairText(part.map((line) => line.text).join(' '), new Vocabulary(doc, 'en'));
      expect(unwrap(part, v).text).toBe(scanned);
    }
    expect(unwrap(labelCut, v).text).toBe(
      'The Security Council asks the Secretary-General to report on terrorist threats posed by armed groups, and decides to remain seized of the matter.',
    );
    expect(unwrap(doc.slice(3), v).text).toBe('Recalling the environment of the region and its environment,');
  });

  it('mend stray spaces before a hyphen or a mark, and double spaces, found from the token list', () => {
    const doc = lines('4. Requests the contingent -owned equipment ,', 'troop - and police-contributing countries', 'and the  Mission ; and the others.');
    const v = new Vocabulary(doc, 'en');
    expect(unwrap(doc, v).text).toBe('4. Requests the contingent-owned equipment, troop- and police-contributing countries and the Mission; and the others.');
    expect(unwrap(doc.slice(1, 2), v).text).toBe('troop- and police-contributing countries');
  });
});
