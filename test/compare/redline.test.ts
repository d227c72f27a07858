import { describe, expect, it } from 'vitest';
import { redline } from '../../src/compare/redline.js';
import { spellingKey, tokenize } from '../../src/compare/tokens.js';

const changesOf = (left: string, right: string) =>
  redline(tokenize(left), tokenize(right), 'en').changes.filter((c) => c.op !== 'equal');

describe('word redline', () => {
  it('shows no change for typography and extraction differences', () => {
    const pairs: [string, string][] = [
      ['the “Agreement” of the parties', 'the "Agreement" of the parties'],
      ['Mali’s authorities', "Mali's authorities"],
      ['the North – and the Centre', 'the North - and the Centre'],
      ['attacks by terrorist groups', 'attacks by terror ist groups'],
      ['national ownership of peace- and security-related initiatives', 'national ownership of peace-and security-related initiatives'],
      ['the implementation of the Agreement', 'the imple- mentation of the Agreement'],
      ['the  Secretary-General  to report', 'the Secre tary- General to report'],
      ['• protection of civilians', 'protection of civilians'],
      ['from Dr. Abdullah Abdullah to', 'from Dr. Abdu llah Abdullah to'],
      ['*Decides* to extend', 'Decides to extend'],
    ];
    for (const [left, right] of pairs) expect(changesOf(left, right), `${left} / ${right}`).toEqual([]);
  });

  it('classifies spelling variants, punctuation and capitalisation apart from substance', () => {
    expect(changesOf('regional organizations;', 'regional organisations,')).toEqual([
      { op: 'replace', left: 'organizations', right: 'organisations', class: 'spelling' },
      { op: 'replace', left: ';', right: ',', class: 'editorial' },
    ]);
    expect(changesOf('the Programme of Action', 'the program of Action').map((c) => c.class)).toEqual(['spelling']);
    expect(changesOf('in self-defence and defence of the mandate', 'in self-defense and defense of the mandate').map((c) => c.class)).toEqual(['spelling', 'spelling']);
    expect(changesOf('the demobilized soldiers', 'the demobil ised soldiers').map((c) => c.class)).toEqual(['spelling']);
    expect(changesOf('the Mission shall', 'the mission shall').map((c) => c.class)).toEqual(['editorial']);
    expect(changesOf('until 30 June 2018;', 'until 30 June 2021;')).toEqual([
      { op: 'replace', left: '2018', right: '2021', class: 'substantive' },
    ]);
    expect(changesOf('to report every three months', 'to report every six months').map((c) => c.class)).toEqual(['substantive']);
    expect(changesOf('calls upon the parties', 'calls upon all the parties')).toEqual([
      { op: 'insert', left: '', right: 'all ', class: 'substantive' },
    ]);
  });

  it('falls back to a clause diff on long unrelated paragraphs and still finishes', () => {
    const words = (seed: number, n: number) => Array.from({ length: n }, (_, k) => `w${(k * seed) % 997}${k % 7 === 0 ? ',' : ''}`).join(' ');
    const { changes, sharedTokens } = redline(tokenize(words(13, 20_000)), tokenize(words(31, 20_000)), 'en');
    expect(changes.some((c) => c.class === 'substantive')).toBe(true);
    expect(sharedTokens).toBeGreaterThanOrEqual(0);
  });
});

describe('spelling variants', () => {
  it('maps British, American and UN-house spellings of a word to one key', () => {
    const variants: [string, string][] = [
      ['organization', 'organisation'], ['recognizing', 'recognising'], ['analyse', 'analyze'], ['labour', 'labor'],
      ['neighbouring', 'neighboring'], ['centre', 'center'], ['centres', 'centers'], ['defence', 'defense'],
      ['programme', 'program'], ['programmes', 'programs'], ['travelled', 'traveled'], ['fulfil', 'fulfill'],
      ['enrolment', 'enrollment'], ['catalogue', 'catalog'], ['judgement', 'judgment'], ['manoeuvre', 'maneuvre'],
    ];
    for (const [british, american] of variants) expect(spellingKey(british, 'en'), british).toBe(spellingKey(american, 'en'));
  });

  it('keeps different short words apart', () => {
    for (const [a, b] of [['four', 'for'], ['filled', 'filed'], ['hour', 'her'], ['tour', 'tor']]) {
      expect(spellingKey(a!, 'en'), `${a} / ${b}`).not.toBe(spellingKey(b!, 'en'));
    }
  });
});
