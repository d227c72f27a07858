import type { Language, UNDocument } from '../model.js';
import type { MandatePhrases } from '../lang/mandate.js';
import { resolveCountry } from '../votes/countries.js';
import type { FactSource, MandateFacts } from './types.js';
import type { TermStatement } from './scalars.js';
import { operativeUnits, preambleUnits, sourceOf, wordPattern, type TextUnit } from './text.js';

interface NamedMission {
  name: string;
  acronym: string;
  source: FactSource;
}

/**
 * Where the name starts: the last organisation named before a mission word, so that
 * "the United Nations and the African Union Mission in Somalia" names the African Union's mission
 * while "the United Nations Office to the African Union" stays the United Nations'.
 */
function nameStart(name: string, phrases: Partial<MandatePhrases>): number {
  const { organisation, missionWord } = phrases;
  if (!organisation || !missionWord) return 0;
  const starts = [...name.matchAll(organisation)]
    .filter((m) => missionWord.test(name.slice(m.index + m[0].length)))
    .map((m) => m.index);
  return starts.length ? starts[starts.length - 1] : 0;
}

function namedMissions(doc: UNDocument, units: TextUnit[], phrases: Partial<MandatePhrases>): NamedMission[] {
  const found: NamedMission[] = [];
  for (const unit of units) {
    for (const m of unit.text.matchAll(phrases.missionName!)) {
      const full = m.groups!.name;
      if (phrases.notAMission?.test(full)) continue;
      const cut = nameStart(full, phrases);
      const start = m.index + cut;
      const name = full.slice(cut).trim();
      found.push({ name, acronym: m.groups!.acronym, source: sourceOf(doc, unit, [start, m.index + m[0].length]) });
    }
  }
  return found;
}

/** A mission the text names without an acronym: "the mandate of the Verification Mission". */
function missionWithoutAcronym(doc: UNDocument, operative: TextUnit[], phrases: Partial<MandatePhrases>): MandateFacts['mission'] {
  if (!phrases.mandateOfNamed) return null;
  for (const unit of operative) {
    for (const m of unit.text.matchAll(phrases.mandateOfNamed)) {
      const name = m.groups!.name;
      const start = m.index + m[0].length - name.length;
      return { name, acronym: null, source: sourceOf(doc, unit, [start, start + name.length]) };
    }
  }
  return null;
}

function mostFrequent(counts: Map<string, number>): string | undefined {
  return [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
}

/** How often the operative part names each mission the text defines. */
function operativeMentions(operative: TextUnit[], named: NamedMission[], lang: Language): Map<string, number> {
  const counts = new Map<string, number>();
  for (const { acronym } of named) {
    if (counts.has(acronym)) continue;
    const pattern = wordPattern(acronym, lang, 'g');
    const mentions = operative.reduce((n, unit) => n + (unit.text.match(pattern)?.length ?? 0), 0);
    if (mentions) counts.set(acronym, mentions);
  }
  return counts;
}

/** The candidate acronym a text names first. */
function firstNamed(text: string, candidates: Set<string>, lang: Language): string | undefined {
  let first: string | undefined;
  let firstAt = Infinity;
  for (const acronym of candidates) {
    const at = wordPattern(acronym, lang).exec(text)?.index ?? Infinity;
    if (at < firstAt) [first, firstAt] = [acronym, at];
  }
  return first;
}

/**
 * The mission whose mandate the resolution sets: the first mission named in a clause that sets a term
 * ("Decides to establish … (UNITAMS) … for an initial period of 12 months"), else the acronym the operative part
 * attaches a mandate to most often ("the mandate of MINUSMA", "MINUSMA's mandate"), else the defined mission the
 * operative part names most often; named in full where the text spells it out.
 */
export function findMission(doc: UNDocument, phrases: Partial<MandatePhrases>, terms: TermStatement[]): MandateFacts['mission'] {
  if (!phrases.missionName || !phrases.mandateOf) return null;
  const operative = operativeUnits(doc);
  const named = namedMissions(doc, [...preambleUnits(doc), ...operative], phrases);
  const mandateMentions: { acronym: string; source: FactSource }[] = [];
  for (const unit of operative) {
    for (const m of unit.text.matchAll(phrases.mandateOf)) {
      const acronym = m.groups!.acronym ?? m.groups!.acronym2;
      if (acronym) mandateMentions.push({ acronym, source: sourceOf(doc, unit, [m.index, m.index + m[0].length]) });
    }
  }
  const counts = new Map<string, number>();
  for (const { acronym } of mandateMentions) counts.set(acronym, (counts.get(acronym) ?? 0) + 1);
  const candidates = new Set([...counts.keys(), ...named.map((n) => n.acronym)]);
  const termed = terms.map((t) => firstNamed(t.text, candidates, doc.language)).find((acronym) => acronym);
  const acronym = termed ?? mostFrequent(counts) ?? mostFrequent(operativeMentions(operative, named, doc.language));
  if (!acronym) return missionWithoutAcronym(doc, operative, phrases);
  const definition = named.find((n) => n.acronym === acronym);
  if (definition) return { name: definition.name, acronym, source: definition.source };
  const mention = mandateMentions.find((m) => m.acronym === acronym);
  return mention ? { name: null, acronym, source: mention.source } : null;
}

const isCountry = (name: string, lang: Language) => resolveCountry(name, lang) !== null;

/** A country named at `start` in a unit, its article left out of name and span. */
function countryAt(doc: UNDocument, unit: TextUnit, start: number, name: string, article: RegExp | undefined): NonNullable<MandateFacts['hostCountry']> {
  const skip = article?.exec(name)?.[0].length ?? 0;
  return { name: name.slice(skip), source: sourceOf(doc, unit, [start + skip, start + name.length]) };
}

/** The country a capitalised run of words begins with ("Mali and the Sahel" → "Mali"), or null. */
function countryPrefix(run: string, lang: Language): string | null {
  const words = run.split(/\s+/);
  for (let n = words.length; n > 0; n--) {
    const candidate = words.slice(0, n).join(' ');
    if (isCountry(candidate, lang)) return candidate;
  }
  return null;
}

/** The country an abbreviation stands for where the text defines it: "the Democratic Republic of the Congo (DRC)". */
function expandAbbreviation(doc: UNDocument, abbreviation: string, phrases: Partial<MandatePhrases>): NonNullable<MandateFacts['hostCountry']> | null {
  if (!phrases.placeName) return null;
  const definition = new RegExp(String.raw`${phrases.placeName}(?=\s*\(${abbreviation}\))`, 'u');
  for (const unit of [...preambleUnits(doc), ...operativeUnits(doc)]) {
    const m = definition.exec(unit.text);
    if (!m) continue;
    const words = m[0].split(/\s+/);
    // the run may start before the country ("Recalling the Democratic …" starts at the capital): try each suffix
    for (let i = 0; i < words.length; i++) {
      const candidate = words.slice(i).join(' ');
      if (isCountry(candidate, doc.language)) return countryAt(doc, unit, m.index + m[0].length - candidate.length, candidate, phrases.article);
    }
  }
  return null;
}

/** The host country: the place a mission's name ends with when it is a country, else "the situation in <country>". */
export function findHostCountry(
  doc: UNDocument,
  mission: MandateFacts['mission'],
  phrases: Partial<MandatePhrases>,
): MandateFacts['hostCountry'] {
  const place = mission?.name && phrases.missionPlace?.exec(mission.name)?.groups?.place;
  if (mission?.name && place) {
    const unit = [...preambleUnits(doc), ...operativeUnits(doc)].find((u) => u.id === mission.source.paragraph);
    const start = mission.source.span[0] + mission.name.length - place.length;
    if (unit && isCountry(place, doc.language)) return countryAt(doc, unit, start, place, phrases.article);
    const abbreviation = place.replace(phrases.article ?? /^$/, '');
    if (/^[A-Z]{2,}$/.test(abbreviation)) {
      const expanded = expandAbbreviation(doc, abbreviation, phrases);
      if (expanded) return expanded;
    }
  }
  if (!phrases.situationIn) return null;
  for (const unit of [...preambleUnits(doc), ...operativeUnits(doc)]) {
    const m = phrases.situationIn.exec(unit.text);
    const country = m?.groups && countryPrefix(m.groups.place, doc.language);
    if (m && country) return countryAt(doc, unit, m.index + m[0].indexOf(m.groups!.place), country, phrases.article);
  }
  return null;
}
