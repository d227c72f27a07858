/**
 * UN document symbols: normalisation and finding them in running text.
 * Normal forms: "S/RES/2364 (2017)", "S/2017/558", "S/2017/558/Rev.1", "S/PRST/2015/22", "S/PV.7991".
 */

export interface FoundSymbol {
  symbol: string;
  span: [number, number];
}

const SUFFIX = String.raw`(?:\s*/\s*(?:[Rr]ev|[Cc]orr|[Aa]dd)\.\s*\d+)*`;
const RESOLUTION = String.raw`S\s*/\s*RES\s*/\s*(\d{1,4})\s*\(\s*(\d{4})\s*\)`;
const PRST = String.raw`S\s*/\s*PRST\s*/\s*(\d{4})\s*/\s*(\d{1,4})`;
const MEETING = String.raw`S\s*/\s*PV\s*\.\s*(\d{1,5})` + SUFFIX;
const DOCUMENT = String.raw`S\s*/\s*(\d{4})\s*/\s*(\d{1,5})` + SUFFIX;
const EXPLICIT = new RegExp(`(?<![\\p{L}\\d/])(?:${RESOLUTION}|${PRST}|${MEETING}|${DOCUMENT})`, 'gu');

/** "2295 (2016)" after the word for resolution(s), in any UN language, or a Chinese "第2531(2020)号决议". */
const RESOLUTION_WORD = /(?:resolutions?|résolutions?|resoluci(?:ón|ones)|резолюци\p{L}*|القرار(?:ات)?|决议)/giu;
const NUMBER_YEAR = /(?<![\d.,/])(\d{1,4})\s*\(\s*((?:19[4-9]|20\d)\d)\s*\)/gu;
const CHINESE_RESOLUTION = /第\s*(\d{1,4})\s*\(\s*(\d{4})\s*\)\s*号决议/gu;
/** How far after "resolutions" a list of "N (YYYY)" may run: "resolutions 1265 (1999), 1296 (2000) and 1674 (2006)". */
const LIST_REACH = 40;

function normaliseSuffix(raw: string): string {
  return raw.replace(/\s+/g, '').replace(/\/(rev|corr|add)\./gi, (_, kind: string) => `/${kind[0].toUpperCase()}${kind.slice(1).toLowerCase()}.`);
}

export const resolutionSymbol = (number: number | string, year: number | string) => `S/RES/${Number(number)} (${year})`;

/** The normal form of a symbol written any common way, or null when it is not a Security Council symbol. */
const WHOLE_CHINESE = new RegExp(`^${CHINESE_RESOLUTION.source}$`, 'u');
const WHOLE_WORDS = /^(?:resolution|résolution|resolución)\s+(\d{1,4})\s*\(\s*(\d{4})\s*\)$/iu;
const WHOLE_SYMBOL = new RegExp(`^(?:${RESOLUTION}|${PRST}|${MEETING}|${DOCUMENT})$`, 'u');

export function normalizeSymbol(raw: string): string | null {
  const text = raw.trim();
  if (!/\d/.test(text)) return null;
  const chinese = WHOLE_CHINESE.exec(text);
  if (chinese) return resolutionSymbol(chinese[1], chinese[2]);
  const words = WHOLE_WORDS.exec(text);
  if (words) return resolutionSymbol(words[1], words[2]);
  // Most symbols are printed in their normal form: the letters' case is mended only when that form fails.
  const match =
    WHOLE_SYMBOL.exec(text) ??
    WHOLE_SYMBOL.exec(text.replace(/^s\//i, 'S/').replace(/\/res\//i, '/RES/').replace(/\/prst\//i, '/PRST/').replace(/\/pv\./i, '/PV.'));
  return match ? symbolFromMatch(match) : null;
}

function symbolFromMatch(m: RegExpExecArray | RegExpMatchArray): string {
  const suffixOf = (s: string) => normaliseSuffix(/(\/\s*(?:Rev|Corr|Add)\..*)$/isu.exec(s)?.[1] ?? '');
  if (m[1]) return resolutionSymbol(m[1], m[2]);
  if (m[3]) return `S/PRST/${m[3]}/${Number(m[4])}`;
  if (m[5]) return `S/PV.${Number(m[5])}${suffixOf(m[0])}`;
  return `S/${m[6]}/${Number(m[7])}${suffixOf(m[0])}`;
}

/** The meeting a record's symbol names ("S/PV.7991" → 7991), or null. */
export function meetingOfRecord(symbol: string): number | null {
  const found = /S\/PV\.(\d+)/.exec(symbol);
  return found ? Number(found[1]) : null;
}

/** Every Security Council symbol the text cites, in order, without duplicates at the same place. */
export function findSymbols(text: string): FoundSymbol[] {
  const found: FoundSymbol[] = [];
  const taken = (start: number) => found.some((f) => start >= f.span[0] && start < f.span[1]);
  for (const m of text.matchAll(EXPLICIT)) {
    found.push({ symbol: symbolFromMatch(m), span: [m.index, m.index + m[0].length] });
  }
  for (const m of text.matchAll(CHINESE_RESOLUTION)) {
    if (!taken(m.index)) found.push({ symbol: resolutionSymbol(m[1], m[2]), span: [m.index, m.index + m[0].length] });
  }
  for (const word of text.matchAll(RESOLUTION_WORD)) {
    let reach = word.index + word[0].length;
    NUMBER_YEAR.lastIndex = reach;
    for (let m = NUMBER_YEAR.exec(text); m && m.index - reach <= LIST_REACH; m = NUMBER_YEAR.exec(text)) {
      if (!taken(m.index)) found.push({ symbol: resolutionSymbol(m[1], m[2]), span: [m.index, m.index + m[0].length] });
      reach = m.index + m[0].length;
    }
  }
  return found.sort((a, b) => a.span[0] - b.span[0]);
}
