import { describe, it, expect } from 'vitest';
import { follows, labelKinds, normaliseLabel, opensList } from '../../src/akn/labels.js';

describe('labels of paragraphs and items', () => {
  it('normalises labels as marked up to the model form', () => {
    const cases: [string, string][] = [
      ['1.', '1'], ['12', '12'], ['4-', '4'], ['(a)', '(a)'], ['a.', '(a)'], ['b)', '(b)'], ['ii.', '(ii)'], ['(1)', '(1)'],
      ['‘1’', '(1)'], ['’5‘', '(5)'], ['–', '-'], ['•', '-'], ['—', '-'], ['IV.', 'IV.'], ['A', 'A'], ['', ''], [' (c) ', '(c)'],
    ];
    for (const [raw, model] of cases) expect(normaliseLabel(raw), raw).toBe(model);
  });

  it('tells letters from roman numerals by their neighbours', () => {
    expect(labelKinds('(i)')).toEqual(['roman', 'alpha']);
    expect(follows('(h)', '(i)')).toBe('alpha');
    expect(follows('(i)', '(ii)')).toBe('roman');
    expect(follows('(iv)', '(v)')).toBe('roman');
    expect(follows('(u)', '(v)')).toBe('alpha');
    expect(follows('(a)', '(c)')).toBeNull();
    expect(follows('(z)', '(aa)')).toBe('alpha');
    expect(follows('-', '-')).toBe('dash');
    expect(follows('(a)', '(i)')).toBeNull();
  });

  it('counts Arabic letters in abjad order, Chinese numerals and Cyrillic letters that look Latin', () => {
    expect(follows('(أ)', '(ب)')).toBe('abjad');
    expect(follows('(د)', '(هـ)')).toBe('abjad');
    expect(follows('㈣', '㈤')).toBe('han');
    expect(follows('㈩', '(十一)')).toBe('han');
    expect(follows('(d)', '(е)')).toBe('alpha');
    expect(['(أ)', '㈠'].map(opensList)).toEqual([true, true]);
    expect(follows('㈣', '㈥')).toBeNull();
  });

  it('knows which labels open a list', () => {
    expect(['(a)', '(i)', '(1)', '-'].map(opensList)).toEqual([true, true, true, true]);
    expect(['(b)', '(ii)', '(2)'].map(opensList)).toEqual([false, false, false]);
  });
});
