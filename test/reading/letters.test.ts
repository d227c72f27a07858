import { describe, expect, it } from 'vitest';
import { letterRuns, letterWords } from '../../src/clean/letters.js';
import { HashTable, hashPair } from '../../src/clean/hashing.js';
import { Vocabulary } from '../../src/clean/vocabulary.js';

/** The patterns the fast path must agree with, applied to every token. */
function byPattern(text: string) {
  const leading = /^([^\p{L}]*|.*-)(\p{L}+)$/u.exec(text);
  const fragment = /^(\p{L}+)([^\p{L}].*)?$/u.exec(text);
  return { lead: leading?.[1] ?? '', tail: leading?.[2] ?? null, head: fragment?.[1] ?? null, rest: fragment?.[2] ?? '' };
}

describe('letter runs of a token', () => {
  const tokens = [
    '', '-', 'the', 'Council,', '(a)', '"Recalling', 'long-term', 'decision-making;', 'UNIF', "d'Engagement", 'a-b-c', '--x', 'x--',
    '1abc', 'abc1', "UN's", '2017)', 'S/RES/2364', '(MINUSMA),', 'e.g.', 'peace-', '-and', 'ab-1c', 'x', '…',
    'élan', 'Côte-d’Ivoire', 'Организация', 'naïve-ness', '«résolution»', '联合国', 'tab\there', 'line\u2028break-word',
  ];
  it('are what the Unicode patterns read, for ASCII and other tokens alike', () => {
    for (const token of tokens) expect(letterRuns(token), token).toEqual(byPattern(token));
  });
  it('find a compound’s last half as the tail and its first as the head', () => {
    expect(letterRuns('(long-term,')).toEqual({ lead: '', tail: null, head: null, rest: '' });
    expect(letterRuns('long-term')).toEqual({ lead: 'long-', tail: 'term', head: 'long', rest: '-term' });
  });
});

describe('the vocabulary counts words as the whole text splits into them', () => {
  it('counts a word however it is punctuated or cased, and not inside another word', () => {
    const vocabulary = new Vocabulary(['Requests the Council, and the  council.', 'COUNCIL-led councils (Council)'], 'en');
    expect(vocabulary.countOf('council')).toBe(4);
    expect(vocabulary.countOf('led')).toBe(1);
    expect(vocabulary.countOf('the')).toBe(2);
    expect(vocabulary.countOf('counc')).toBe(0);
    expect(vocabulary.pairCount('and', 'the')).toBe(1);
  });
});

describe('the vocabulary counts words as each lower-cased token gives them', () => {
  // The count is made unit by unit; these texts hold units that take the string path (Σ, whose lower case
  // depends on its place; İ, whose lower case is two units; letters outside the BMP) and other scripts.
  const texts = [
    'ΣΟΦΙΑΣ σοφιας ΟΔΟΣ-ΟΔΟΣ (Σ)',
    'İstanbul ISTANBUL i̇stanbul',
    '𝐀𝐁c abc 𝐀𝐁C-Side side',
    'Совет Безопасности, СОВЕТ; l’Assemblée générale GÉNÉRALE',
    'tab\tseparated — dashes–joined “quoted” words',
  ];
  const reference = new Map<string, number>();
  for (const token of texts.join(' ').split(' ')) {
    for (const word of letterWords(token.toLowerCase())) reference.set(word, (reference.get(word) ?? 0) + 1);
  }

  it.each([...reference])('%s: %i', (word, count) => {
    expect(new Vocabulary(texts, 'en').countOf(word)).toBe(count);
  });

  it('finds no word the texts do not write', () => {
    expect(new Vocabulary(texts, 'en').countOf('σοφια')).toBe(0);
  });
});

describe('the hash table keeps every value as it grows', () => {
  it('adds, sets and reads back many pairs', () => {
    const table = new HashTable(2);
    const pairs = Array.from({ length: 5000 }, (_, k) => hashPair(`word${k}`));
    // Half the pairs added, the other half set: the table grows under both.
    pairs.forEach(([a, b], k) => (k % 2 ? table.set(a, b, k + 1) : table.add(a, b, k + 1)));
    pairs.forEach(([a, b]) => table.add(a, b, table.get(a, b, 0)));
    expect(pairs.map(([a, b]) => table.get(a, b, -1))).toEqual(pairs.map((_, k) => 2 * (k + 1)));
    expect(table.size).toBe(5000);
    expect(table.get(...hashPair('word5000'), -1)).toBe(-1);
  });
  it('keeps a pair whose hash A is 0, which an empty slot has, through growth', () => {
    const table = new HashTable(2);
    table.set(0, 5, 10);
    table.set(1, 6, 11);
    for (let k = 2; k < 40; k++) table.set(k, k, k);
    expect([table.get(0, 5, -1), table.get(1, 6, -1), table.get(0, 7, -1), table.size]).toEqual([10, 11, -1, 40]);
  });
  it('keeps the note beside a value through growth', () => {
    const table = new HashTable(2);
    table.setNoteAt(table.set(7, 8, 1), 99);
    for (let k = 10; k < 50; k++) table.setNoteAt(table.set(k, -k, k), -k);
    const at = table.find(7, 8);
    expect([table.valueAt(at), table.noteAt(at), table.noteAt(table.find(49, -49)), table.find(8, 7)]).toEqual([1, 99, -49, -1]);
  });
});
