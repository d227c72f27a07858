import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseVoteLists } from '../../src/votes/letter.js';
import { theOneVote } from './one-vote.js';
import { statedVoteOfText } from '../../src/votes/record.js';
import { councilMembers } from '../../src/data/council-membership.js';
import { votesCsv } from '../../src/votes/csv.js';

const seed = (name: string) => readFileSync(join(import.meta.dirname, '../../corpus/seeds', name), 'utf8');
const fixture = (name: string) => readFileSync(join(import.meta.dirname, 'fixtures', name), 'utf8');
const codes = (members: { country: { iso3: string } | null }[]) => members.map((m) => m.country?.iso3).sort();

describe('parseVoteLists on letters', () => {
  it('reads the Chinese letter S/2020/613 recording the vote on resolution 2531 (2020)', () => {
    const letter = theOneVote(seed('S_2020_613-letter-vote-2531-zh.pdf.txt'), 'zh');
    expect(letter).toMatchObject({
      symbol: 'S/2020/613',
      draft: 'S/2020/600',
      resolution: 'S/RES/2531 (2020)',
      procedureLetter: 'S/2020/253',
      date: '2020-06-29',
      totals: { inFavour: 15, against: 0, abstaining: 0, notParticipating: 0 },
      flags: [],
    });
    expect(codes(letter.members)).toEqual(councilMembers(2020));
    expect(letter.members.find((m) => m.country?.iso3 === 'GBR')?.name).toBe('大不列颠及北爱尔兰联合王国');
  });

  it('reads an English letter with a name wrapped over two lines and a final "and"', () => {
    const letter = theOneVote(fixture('vote-letter-en.txt'), 'en');
    expect(letter.draft).toBe('S/2020/990');
    expect(letter.procedureLetter).toBe('S/2020/253');
    expect(letter.resolution).toBe('S/RES/2999 (2020)');
    expect(letter.totals).toEqual({ inFavour: 13, against: 0, abstaining: 2, notParticipating: 0 });
    expect(letter.members.filter((m) => m.position === 'abstaining').map((m) => m.country?.iso3)).toEqual(['CHN', 'RUS']);
    expect(letter.flags).toEqual([]);
  });

  it('flags a letter whose members are not the Council of that year', () => {
    const text = fixture('vote-letter-en.txt').replace('Viet Nam', 'Japan');
    const letter = theOneVote(text, 'en');
    expect(letter.flags).toEqual(['not members of the Council in 2020: JPN', 'members of the Council in 2020 missing from the vote: VNM']);
  });

});

describe('parseVoteLists', () => {
  // fixtures/meeting-record-*.txt: meeting records in the UN's layout, with fictitious numbers
  const record = fixture('meeting-record-en.txt');

  it('reads each vote of a meeting record: its draft, the resolution adopted, the meeting, the members as listed', () => {
    const votes = parseVoteLists(record, 'en');
    expect(votes.map((v) => [v.symbol, v.meeting, v.date, v.draft, v.resolution, v.procedureLetter])).toEqual([
      ['S/PV.9990', 9990, '2021-07-29', 'S/2021/990', 'S/RES/2998 (2021)', null],
      ['S/PV.9990', 9990, '2021-07-29', 'S/2021/991', 'S/RES/2999 (2021)', null],
    ]);
    expect(votes.map((v) => v.totals)).toEqual([
      { inFavour: 13, against: 0, abstaining: 2, notParticipating: 0 },
      { inFavour: 14, against: 1, abstaining: 0, notParticipating: 0 },
    ]);
    expect(codes(votes[1].members.filter((m) => m.position === 'against'))).toEqual(['RUS']);
    expect(votes.flatMap((v) => v.flags)).toEqual([]);
  });

  it('says when the counts the President announces differ from the lists', () => {
    const [vote] = parseVoteLists(record.replace('China, Russian Federation\nThe President', 'Russian Federation\nThe President'), 'en');
    expect(vote.flags).toEqual(['members of the Council in 2021 missing from the vote: CHN', 'abstaining: 2 stated, 1 members listed']);
  });

  it('reads a meeting record in French, the President\'s counts included', () => {
    const vote = theOneVote(fixture('meeting-record-fr.txt'), 'fr');
    expect([vote.meeting, vote.draft, vote.resolution, vote.date]).toEqual([9990, 'S/2021/990', 'S/RES/2998 (2021)', '2021-07-29']);
    expect(vote.totals).toEqual({ inFavour: 13, against: 0, abstaining: 2, notParticipating: 0 });
    expect(codes(vote.members)).toEqual(councilMembers(2021));
    expect(vote.flags).toEqual([]);
  });

  it('finds no vote in a text without lists', () => {
    expect(parseVoteLists('The Council heard a briefing.', 'en')).toEqual([]);
  });
});

describe('statedVoteOfText', () => {
  it('reads the press summary of resolution 2364 (2017) as a unanimous vote of the 2017 Council', () => {
    const vote = statedVoteOfText(seed('press-summary-2364-en.txt'), 'en')!;
    expect(vote.resolution).toBe('S/RES/2364 (2017)');
    expect(vote.date).toBe('2017-06-29');
    expect(codes(vote.members)).toEqual(councilMembers(2017));
    expect(vote.totals.inFavour).toBe(15);
  });

  it('takes the year from the resolution cited, not from a later date in the sentence', () => {
    const vote = statedVoteOfText('Unanimously adopting resolution 2364 (2017), the Council decided to extend the mandate until 30 June 2018.', 'en')!;
    expect(vote.resolution).toBe('S/RES/2364 (2017)');
    expect(codes(vote.members)).toEqual(councilMembers(2017));
  });

  it('returns null when the text states neither unanimity nor counts in favour', () => {
    expect(statedVoteOfText('The draft resolution was adopted by 13 votes to none.', 'en')).toBeNull();
  });

  // a press summary in the UN's wording, fictitious numbers
  const PRESS_2998 = `Security Council Extends Mandate of United Nations Mission in Mali, Adopting Resolution 2998 (2021) by 13 Votes in Favour, 2 Abstentions
The Security Council today extended the mandate of MINUSMA until 30 June 2022.
Adopting resolution 2998 (2021) by a recorded vote of 13 in favour to none against, with 2 abstentions (China, Russian Federation), the Council decided that the Mission would continue to comprise up to 13,289 military personnel.`;

  it('reads a recorded vote from a press summary: the minority as named, the rest of that year\'s Council in favour', () => {
    const vote = statedVoteOfText(PRESS_2998, 'en')!;
    expect(vote.resolution).toBe('S/RES/2998 (2021)');
    expect(vote.totals).toEqual({ inFavour: 13, against: 0, abstaining: 2, notParticipating: 0 });
    expect(codes(vote.members.filter((m) => m.position === 'abstaining'))).toEqual(['CHN', 'RUS']);
    expect(codes(vote.members)).toEqual(councilMembers(2021));
    expect(vote.flags).toEqual([]);
  });

  it('reads named votes against, and in French', () => {
    const english = statedVoteOfText('The Council adopted resolution 2998 (2018) by a vote of 11 in favour to 2 against (Bolivia, Russian Federation), with 2 abstentions (China, Kazakhstan).', 'en')!;
    expect(english.totals).toMatchObject({ inFavour: 11, against: 2, abstaining: 2 });
    expect(codes(english.members.filter((m) => m.position === 'against'))).toEqual(['BOL', 'RUS']);
    const french = statedVoteOfText('Le Conseil a adopté la résolution 2998 (2021) par 13 voix pour, zéro contre et 2 abstentions (Chine et Fédération de Russie).', 'fr')!;
    expect(french.totals).toMatchObject({ inFavour: 13, against: 0, abstaining: 2 });
    expect(codes(french.members.filter((m) => m.position === 'abstaining'))).toEqual(['CHN', 'RUS']);
  });

  it('names no member in favour when the minority is not named, and says the counts do not add up', () => {
    const vote = statedVoteOfText('Resolution 2998 (2021) was adopted by 13 votes in favour, with 2 abstentions.', 'en')!;
    expect(vote.members).toEqual([]);
    expect(vote.flags).toEqual([
      'members of the Council in 2021 missing from the vote: CHN, EST, FRA, GBR, IND, IRL, KEN, MEX, NER, NOR, RUS, TUN, USA, VCT, VNM',
      'inFavour: 13 stated, 0 members listed',
      'abstaining: 2 stated, 0 members listed',
    ]);
  });
});

describe('votesCsv', () => {
  it('prints one line per member in the Digital Library column layout', () => {
    const letter = theOneVote(fixture('vote-letter-en.txt'), 'en');
    const lines = votesCsv([letter]).trimEnd().split('\r\n');
    expect(lines[0]).toBe('ms_code,ms_name,ms_vote,permanent_member,date,resolution,draft,meeting,total_yes,total_no,total_abstentions,total_non_voting,total_ms');
    expect(lines).toHaveLength(16);
    expect(lines).toContain('GBR,United Kingdom of Great Britain and Northern Ireland,Y,P,2020-10-01,S/RES/2999 (2020),S/2020/990,,13,0,2,0,15');
    expect(lines).toContain('CHN,China,A,P,2020-10-01,S/RES/2999 (2020),S/2020/990,,13,0,2,0,15');
  });
});

describe('parseVoteLists on a letter whose lists run into one paragraph', () => {
  it('finds headings after a space, and "None" without a full stop', () => {
    const text = [
      'The Security Council has concluded its voting procedure on the draft resolution contained in document S/2020/600 (procedure of S/2020/253). The result of the vote is as follows:',
      'In favour: Belgium, China, Dominican Republic, Estonia, France, Germany, Indonesia, Niger, Russian Federation, Saint Vincent and the Grenadines, South Africa, Tunisia, United Kingdom of Great Britain and Northern Ireland, United States of America, Viet Nam Against: None Abstaining: None',
      'The draft resolution received 15 votes in favour. It was adopted as resolution 2531 (2020) of 29 June 2020.',
    ].join('\n');
    const letter = theOneVote(text, 'en');
    expect(letter.totals).toEqual({ inFavour: 15, against: 0, abstaining: 0, notParticipating: 0 });
    expect(letter).toMatchObject({ draft: 'S/2020/600', procedureLetter: 'S/2020/253', resolution: 'S/RES/2531 (2020)', date: '2020-06-29', flags: [] });
  });
});
