import { createRequire } from 'node:module';
import isoCountries from 'i18n-iso-countries';
import { COUNTRY_ARTICLES, UN_COUNTRY_NAMES } from '../lang/countries.js';
import { LANGUAGES, type Language } from '../model.js';

/** One State, however its name was printed. */
export interface Country {
  iso2: string;
  iso3: string;
  /** UN English short name ("Viet Nam", "United Kingdom of Great Britain and Northern Ireland") */
  name: string;
}

const require = createRequire(import.meta.url);
for (const language of LANGUAGES) isoCountries.registerLocale(require(`i18n-iso-countries/langs/${language}.json`));

/** Case, accents, apostrophes and punctuation do not distinguish names: "CÔTE D’IVOIRE" = "Cote d'Ivoire". */
export function normalizeCountryName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[’‘`´ʼ]/g, "'")
    // Arabic spellings vary in the final letter: taa marbuta and haa, alif maqsura and yaa.
    .replace(/ة/gu, 'ه')
    .replace(/ى/gu, 'ي')
    .replace(/[^\p{L}\p{N}']+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    // Chinese and Japanese names carry no spaces; a wrapped line may have put one in.
    .replace(/(?<=[\p{Script=Han}])\s+(?=[\p{Script=Han}])/gu, '');
}

interface CountryIndex {
  byName: Map<string, Country>;
  byIso3: Map<string, Country>;
}

let index: CountryIndex | undefined;

/** UN forms first (they decide ambiguous names such as "Congo"), then every common name the library knows that no other State shares. */
function countryIndex(): CountryIndex {
  if (index) return index;
  const byName = new Map<string, Country>();
  const byIso3 = new Map<string, Country>();
  const unNames = new Map(UN_COUNTRY_NAMES.map((entry) => [entry.iso3, entry.en]));
  for (const [iso2, iso3] of Object.entries(isoCountries.getAlpha3Codes()).map(([a3, a2]) => [a2, a3] as const)) {
    const name = unNames.get(iso3) ?? isoCountries.getName(iso2, 'en') ?? iso3;
    byIso3.set(iso3, { iso2, iso3, name });
  }
  for (const entry of UN_COUNTRY_NAMES) {
    const country = byIso3.get(entry.iso3);
    if (!country) continue;
    for (const name of [entry.en, ...Object.values(entry.names ?? {}), ...(entry.aliases ?? [])]) byName.set(normalizeCountryName(name), country);
  }
  const common = new Map<string, Set<string>>();
  for (const language of LANGUAGES) {
    for (const [iso2, names] of Object.entries(isoCountries.getNames(language, { select: 'all' }))) {
      for (const name of names) {
        const key = normalizeCountryName(name);
        common.set(key, (common.get(key) ?? new Set()).add(iso2));
      }
    }
  }
  const byIso2 = new Map([...byIso3.values()].map((c) => [c.iso2, c]));
  for (const [key, codes] of common) {
    if (byName.has(key) || codes.size !== 1) continue;
    const country = byIso2.get([...codes][0]);
    if (country) byName.set(key, country);
  }
  index = { byName, byIso3 };
  return index;
}

/** The State a printed name designates, in any of the six languages, or null when the name is not one. */
export function resolveCountry(name: string, language?: Language): Country | null {
  const { byName } = countryIndex();
  const key = normalizeCountryName(name);
  const direct = byName.get(key);
  if (direct) return direct;
  const articles = language ? (COUNTRY_ARTICLES[language] ?? []) : Object.values(COUNTRY_ARTICLES).flat();
  for (const article of articles) {
    const prefix = normalizeCountryName(article);
    const glued = prefix.endsWith("'");
    if (key.startsWith(glued ? prefix : `${prefix} `)) {
      const found = byName.get(key.slice(prefix.length).trim());
      if (found) return found;
    }
  }
  return null;
}

/** The State with this ISO 3166 alpha-3 code. */
export function countryByIso3(iso3: string): Country | null {
  return countryIndex().byIso3.get(iso3.toUpperCase()) ?? null;
}
