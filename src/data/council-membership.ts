/**
 * Members of the Security Council, by year, as ISO 3166 alpha-3 codes.
 * Permanent members, then the elected members by the year their two-year term began (General Assembly elections);
 * a term split between two States (Italy 2017, Netherlands 2018) is two one-year terms.
 * Checked against the member lists of corpus/unxml-dev/metadata/<year>.json for 2000–2009 and 2020.
 */
export const PERMANENT_MEMBERS = ['CHN', 'FRA', 'RUS', 'GBR', 'USA'] as const;

interface ElectedTerm {
  from: number;
  years: 1 | 2;
  members: readonly string[];
}

const ELECTED_TERMS: readonly ElectedTerm[] = [
  { from: 1999, years: 2, members: ['ARG', 'CAN', 'MYS', 'NAM', 'NLD'] },
  { from: 2000, years: 2, members: ['BGD', 'JAM', 'MLI', 'TUN', 'UKR'] },
  { from: 2001, years: 2, members: ['COL', 'IRL', 'MUS', 'NOR', 'SGP'] },
  { from: 2002, years: 2, members: ['BGR', 'CMR', 'GIN', 'MEX', 'SYR'] },
  { from: 2003, years: 2, members: ['AGO', 'CHL', 'DEU', 'PAK', 'ESP'] },
  { from: 2004, years: 2, members: ['DZA', 'BEN', 'BRA', 'PHL', 'ROU'] },
  { from: 2005, years: 2, members: ['ARG', 'DNK', 'GRC', 'JPN', 'TZA'] },
  { from: 2006, years: 2, members: ['COG', 'GHA', 'PER', 'QAT', 'SVK'] },
  { from: 2007, years: 2, members: ['BEL', 'IDN', 'ITA', 'PAN', 'ZAF'] },
  { from: 2008, years: 2, members: ['BFA', 'CRI', 'HRV', 'LBY', 'VNM'] },
  { from: 2009, years: 2, members: ['AUT', 'JPN', 'MEX', 'TUR', 'UGA'] },
  { from: 2010, years: 2, members: ['BIH', 'BRA', 'GAB', 'LBN', 'NGA'] },
  { from: 2011, years: 2, members: ['COL', 'DEU', 'IND', 'PRT', 'ZAF'] },
  { from: 2012, years: 2, members: ['AZE', 'GTM', 'MAR', 'PAK', 'TGO'] },
  { from: 2013, years: 2, members: ['ARG', 'AUS', 'LUX', 'KOR', 'RWA'] },
  { from: 2014, years: 2, members: ['CHL', 'JOR', 'LTU', 'NGA', 'TCD'] },
  { from: 2015, years: 2, members: ['AGO', 'MYS', 'NZL', 'ESP', 'VEN'] },
  { from: 2016, years: 2, members: ['EGY', 'JPN', 'SEN', 'UKR', 'URY'] },
  { from: 2017, years: 2, members: ['BOL', 'ETH', 'KAZ', 'SWE'] },
  { from: 2017, years: 1, members: ['ITA'] },
  { from: 2018, years: 1, members: ['NLD'] },
  { from: 2018, years: 2, members: ['CIV', 'GNQ', 'KWT', 'PER', 'POL'] },
  { from: 2019, years: 2, members: ['BEL', 'DOM', 'DEU', 'IDN', 'ZAF'] },
  { from: 2020, years: 2, members: ['EST', 'NER', 'VCT', 'TUN', 'VNM'] },
  { from: 2021, years: 2, members: ['IND', 'IRL', 'KEN', 'MEX', 'NOR'] },
  { from: 2022, years: 2, members: ['ALB', 'BRA', 'GAB', 'GHA', 'ARE'] },
  { from: 2023, years: 2, members: ['ECU', 'JPN', 'MLT', 'MOZ', 'CHE'] },
  { from: 2024, years: 2, members: ['DZA', 'GUY', 'KOR', 'SLE', 'SVN'] },
  { from: 2025, years: 2, members: ['DNK', 'GRC', 'PAK', 'PAN', 'SOM'] },
  { from: 2026, years: 2, members: ['BHR', 'COL', 'COD', 'LVA', 'LBR'] },
];

export const FIRST_MEMBERSHIP_YEAR = 2000;
export const LAST_MEMBERSHIP_YEAR = 2026;

/** The 15 members of the Council in a year (alpha-3 codes, sorted), or null outside the years known. */
export function councilMembers(year: number): string[] | null {
  if (year < FIRST_MEMBERSHIP_YEAR || year > LAST_MEMBERSHIP_YEAR) return null;
  const elected = ELECTED_TERMS.filter((term) => year >= term.from && year < term.from + term.years).flatMap((term) => term.members);
  return [...PERMANENT_MEMBERS, ...elected].sort();
}
