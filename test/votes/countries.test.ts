import { describe, it, expect } from 'vitest';
import { resolveCountry } from '../../src/votes/countries.js';

describe('resolveCountry', () => {
  const cases: [string, string][] = [
    ['Bolivia (Plurinational State of)', 'BOL'],
    ['United Kingdom of Great Britain and Northern Ireland', 'GBR'],
    ['Viet Nam', 'VNM'],
    ['Vietnam', 'VNM'],
    ['Côte d’Ivoire', 'CIV'],
    ["COTE D'IVOIRE", 'CIV'],
    ['Czechia', 'CZE'],
    ['UNITED KINGDOM', 'GBR'],
    ['RUSSIAN FEDERATION', 'RUS'],
    ['UNITED STATES', 'USA'],
    ['LIBYAN ARAB JAMAHIRIYA', 'LBY'],
    ['大不列颠及北爱尔兰联合王国', 'GBR'],
    ['美利坚合众国', 'USA'],
    ['越南', 'VNM'],
    ['圣文森特和格林纳丁斯', 'VCT'],
    ['République dominicaine', 'DOM'],
    ['Royaume-Uni de Grande-Bretagne et d’Irlande du Nord', 'GBR'],
    ['Estados Unidos de América', 'USA'],
    ['Российская Федерация', 'RUS'],
    ['الاتحاد الروسي', 'RUS'],
    ['Congo', 'COG'],
    ['Democratic Republic of the Congo', 'COD'],
    ['the Niger', 'NER'],
  ];
  it.each(cases)('%s → %s', (name, iso3) => {
    expect(resolveCountry(name)?.iso3).toBe(iso3);
  });

  it('gives the UN English short name as the canonical name', () => {
    expect(resolveCountry('UNITED KINGDOM')?.name).toBe('United Kingdom of Great Britain and Northern Ireland');
    expect(resolveCountry('越南')).toEqual({ iso2: 'VN', iso3: 'VNM', name: 'Viet Nam' });
  });

  it('does not invent a country', () => {
    expect(resolveCountry('Security Council')).toBeNull();
    expect(resolveCountry('')).toBeNull();
  });
});
