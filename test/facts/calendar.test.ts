import { describe, expect, it } from 'vitest';
import { addPeriod, periodicDueDates } from '../../src/facts/calendar.js';
import { numberPattern, parseNumber } from '../../src/lang/numbers.js';

describe('reporting calendar arithmetic', () => {
  it('adds days across months and years', () => {
    expect(addPeriod('2017-06-29', { days: 180 })).toBe('2017-12-26');
    expect(addPeriod('2020-12-18', { days: 30 })).toBe('2021-01-17');
  });

  it('adds calendar months, falling back to the last day of a shorter month', () => {
    expect(addPeriod('2017-06-29', { months: 3 })).toBe('2017-09-29');
    expect(addPeriod('2019-08-31', { months: 1 })).toBe('2019-09-30');
    expect(addPeriod('2020-01-31', { months: 1 })).toBe('2020-02-29');
    expect(addPeriod('2020-06-30', { months: 12 })).toBe('2021-06-30');
  });

  it('counts each periodic due date from the start, so month ends do not drift', () => {
    expect(periodicDueDates('2019-08-31', { months: 1 }, '2019-12-31')).toEqual(['2019-09-30', '2019-10-31', '2019-11-30', '2019-12-31']);
  });

  it('stops at the end date, inclusive, and starts at a fixed first date when one is given', () => {
    expect(periodicDueDates('2017-06-29', { months: 3 }, '2018-06-29')).toEqual(['2017-09-29', '2017-12-29', '2018-03-29', '2018-06-29']);
    expect(periodicDueDates('2020-08-15', { days: 90 }, '2021-02-28', '2020-08-15')).toEqual(['2020-08-15', '2020-11-13', '2021-02-11']);
    expect(periodicDueDates('2020-01-01', {}, '2021-01-01')).toEqual([]);
  });
});

describe('numbers in digits and words', () => {
  it.each([
    // digits grouped by commas and spaces; English and French words
    ['13,289', 'en', 13289],
    ['1 920', 'en', 1920],
    ['two thousand', 'en', 2000],
    ['one hundred and fifty', 'en', 150],
    ['twenty-five thousand four hundred', 'en', 25400],
    ['quatre-vingt-dix', 'fr', 90],
    ['troops', 'en', null],
    // Russian, Chinese and Arabic words, and Arabic digit groups stored right to left
    ['трех', 'ru', 3],
    ['сто двадцать', 'ru', 120],
    ['十二', 'zh', 12],
    ['二十', 'zh', 20],
    ['一百二十', 'zh', 120],
    ['13 289', 'zh', 13289],
    ['اثني عشر', 'ar', 12],
    ['289 13', 'ar', 13289],
    ['1 920', 'ar', 1920],
  ] as const)('reads %s (%s) as %s', (text, lang, value) => {
    expect(parseNumber(text, lang)).toBe(value);
  });

  it('finds number words between other characters in Chinese and between words in Russian', () => {
    expect(new RegExp(numberPattern('zh'), 'u').exec('每三个月')?.[0]).toBe('三');
    expect(new RegExp(numberPattern('ru'), 'u').exec('каждые три месяца')?.[0]).toBe('три');
  });

  it('finds whole numbers in running text', () => {
    const found = 'up to two thousand five hundred troops and 1,920 police'.match(new RegExp(numberPattern('en'), 'g'));
    expect(found).toEqual(['two thousand five hundred', '1,920']);
  });
});

describe('months named with their year', () => {
  it('finds a month and its last day, and leaves full dates alone', async () => {
    const { findMonths } = await import('../../src/facts/calendar.js');
    expect(findMonths('report by the end of February 2020 and again in September 2021', 'en').map((m) => m.lastDay)).toEqual(['2020-02-29', '2021-09-30']);
    expect(findMonths('no later than 31 July 2021', 'en')).toEqual([]);
    expect(findMonths('d’ici à la fin de septembre 2021', 'fr').map((m) => m.lastDay)).toEqual(['2021-09-30']);
    expect(findMonths('к концу февраля 2020 года', 'ru').map((m) => m.lastDay)).toEqual(['2020-02-29']);
    expect(findMonths('在2020年2月底前报告，不迟于2020年7月10日', 'zh').map((m) => m.lastDay)).toEqual(['2020-02-29']);
  });
});
