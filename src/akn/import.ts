import type { Element } from '@xmldom/xmldom';
import { InputError } from '../errors.js';
import { LAYOUT } from '../lang/layout.js';
import { openerOf as knownOpener, opensLike } from '../lang/openers.js';
import type { Adoption, Annex, DocumentKind, Language, Preambular, Provenance, UNDocument, VoteRecord } from '../model.js';
import { meetingOfRecord, normalizeSymbol } from '../recognize/symbols.js';
import { splitSponsors } from '../recognize/index.js';
import { assembleBody, CLOSING_PUNCTUATION, introducesGroup, looksLikeTitle, type Block } from './body.js';
import { follows, normaliseLabel, opensList } from './labels.js';
import { child, childElements, children, collapse, descendant, descendants, localName, parseXml, SourceMap, textOf } from './xml.js';

/** ISO 639-2 codes of FRBRlanguage (bibliographic and terminologic forms) → the model's codes. */
const AKN_LANGUAGES: Record<string, Language> = {
  eng: 'en', fra: 'fr', fre: 'fr', spa: 'es', rus: 'ru', zho: 'zh', chi: 'zh', ara: 'ar',
};

const EMPHASIS = /\b(italic|underline|bold)\b/;
/** Elements holding a paragraph's own structure rather than its text. */
const STRUCTURE = ['num', 'list', 'sublist', 'point', 'intro', 'wrapUp', 'subheading', 'heading', 'blockList'];

/** AKN4UN XML → document model (import, not re-parsing). */
export function importAkn(xml: string, sha256: string): UNDocument {
  const root = parseXml(xml);
  if (localName(root) !== 'akomaNtoso') throw new InputError(`not Akoma Ntoso: the root element is <${localName(root)}>, not <akomaNtoso>`);
  const top = childElements(root)[0];
  if (!top) throw new InputError('empty Akoma Ntoso document: <akomaNtoso> has no document element');
  const sources = new SourceMap(xml);
  const source = (element: Element): Provenance | undefined => {
    const span = sources.span(element);
    return span ? { pages: [1, 1], span } : undefined;
  };

  const meta = child(top, 'meta');
  const warnings: string[] = [];
  const language = languageOf(meta, warnings);
  const coverPage = child(top, 'coverPage');
  const symbolText = coverPage ? descendant(coverPage, 'docNumber') : undefined;
  const symbol = (symbolText && normalizeSymbol(textOf(symbolText))) ?? symbolFromUri(meta);
  const kind = kindOf(top, symbol);
  const number = symbol ? Number(/^S\/RES\/(\d+)/.exec(symbol)?.[1] ?? NaN) : NaN;
  const adoption = meta ? adoptionOf(meta, language) : undefined;

  const preamble = child(top, 'preamble');
  const body = child(top, 'mainBody');
  const blocks = body ? bodyBlocks(body, source) : [];
  const annexes = annexesOf(top, blocks, language, source);
  // A statement without an enacting formula opens with an introductory paragraph (an <alinea>): the same role.
  const formulaElement = preamble ? child(preamble, 'formula') : undefined;
  const introduction = blocks[0]?.kind === 'introduction' ? blocks.shift() : undefined;
  const formula = formulaElement ? textOf(formulaElement) : introduction?.text;
  const preambular = [...(preamble ? preambleOf(preamble, language, source) : []), ...preambularBlocks(blocks, language)];

  const document: UNDocument = {
    kind,
    symbol,
    language,
    date: adoptionDate(meta, coverPage),
    meeting: meetingOf(coverPage, adoption),
    ...(Number.isFinite(number) ? { number } : {}),
    ...optional('title', titleOf(top)),
    ...(adoption && Object.keys(adoption).length ? { adoption } : {}),
    ...optional('formula', formula || undefined),
    preamble: preambular.map((paragraph, i) => ({ ...paragraph, id: `pre${i + 1}` })),
    body: assembleBody(blocks, kind === 'resolution' || kind === 'draft-resolution' ? 'op' : 'p'),
    ...(annexes.length ? { annexes } : {}),
    ...(warnings.length ? { warnings } : {}),
    source: { format: 'akn', sha256, pages: 1 },
  };
  if (kind === 'draft-resolution' && adoption?.sponsors) document.sponsors = adoption.sponsors;
  return document;
}

const optional = <K extends string, V>(key: K, value: V | undefined): Partial<Record<K, V>> =>
  (value === undefined ? {} : { [key]: value }) as Partial<Record<K, V>>;

/** The expression's language; a file without FRBRlanguage is read as English, with a warning. */
function languageOf(meta: Element | undefined, warnings: string[]): Language {
  const code = (meta && descendant(meta, 'FRBRlanguage')?.getAttribute('language')) || '';
  if (!code) {
    warnings.push('no FRBRlanguage in the Akoma Ntoso metadata: read as English');
    return 'en';
  }
  const language = AKN_LANGUAGES[code.toLowerCase()];
  if (!language) throw new InputError(`unsupported language in Akoma Ntoso FRBRlanguage: "${code}" (expected one of the six UN languages)`);
  return language;
}

/** "/akn/un/statement/deliberation/unsc/2020-06-29/2531-2020/" → "S/RES/2531 (2020)" when the cover page has no symbol. */
function symbolFromUri(meta: Element | undefined): string | null {
  const uri = meta ? descendant(meta, 'FRBRuri')?.getAttribute('value') ?? '' : '';
  const resolution = /\/unsc\/[\d-]+\/(\d+)-(\d{4})\//.exec(uri);
  return resolution ? normalizeSymbol(`S/RES/${resolution[1]} (${resolution[2]})`) : null;
}

function kindOf(top: Element, symbol: string | null): DocumentKind {
  if (symbol?.startsWith('S/PRST/')) return 'presidential-statement';
  if (symbol?.startsWith('S/RES/')) return 'resolution';
  const name = top.getAttribute('name') ?? '';
  if (/draft/i.test(name)) return 'draft-resolution';
  if (/report/i.test(name)) return 'sg-report';
  if (/letter/i.test(name)) return 'letter';
  return localName(top) === 'statement' && name === 'resolution' ? 'resolution' : 'other';
}

function adoptionDate(meta: Element | undefined, coverPage: Element | undefined): string | null {
  const adopted = coverPage && descendants(coverPage, 'docDate').find((d) => d.getAttribute('refersTo') === '#adoptionDate');
  const workDate = meta && descendants(meta, 'FRBRdate').find((d) => d.getAttribute('name') === 'adoption');
  const issued = coverPage && descendant(coverPage, 'docDate');
  for (const element of [adopted, workDate, issued]) {
    const date = element?.getAttribute('date') ?? '';
    if (/^\d{4}-\d{2}-\d{2}$/.test(date) && !date.startsWith('0001')) return date;
  }
  return null;
}

/** The meeting number from the adoption line ("at its 7991st meeting"), else from the outcome ("Adopted unanimously, 4088th meeting"). */
function meetingOf(coverPage: Element | undefined, adoption: Adoption | undefined): number | null {
  const inline = coverPage && descendants(coverPage, 'inline').find((e) => e.getAttribute('name') === 'adoptionMeeting');
  const found =
    /(\d{3,5})/.exec(`${inline?.getAttribute('title') ?? ''} ${inline ? textOf(inline) : ''}`) ??
    /(\d{3,5})(?:st|nd|rd|th)\s+meeting/i.exec(adoption?.outcome ?? '');
  return found ? Number(found[1]) : meetingOfRecord(adoption?.record ?? '');
}

/** The printed title of a statement ("Statement by the President of the Security Council"); resolutions have none. */
function titleOf(top: Element): string | undefined {
  const preface = child(top, 'preface');
  const title = preface && descendant(preface, 'docTitle');
  return title ? textOf(title) || undefined : undefined;
}

function adoptionOf(meta: Element, language: Language): Adoption {
  const steps = descendants(meta, 'step');
  const outcomeOf = (name: string) => steps.find((s) => s.getAttribute('outcome') === name);
  const draftStep = outcomeOf('draftResolution');
  const adoptedStep = outcomeOf('adopted');
  const sponsors = [draftStep, outcomeOf('draftResolutionAdditionalSponsors')]
    .flatMap((step) => splitSponsors(collapse(step?.getAttribute('by') ?? ''), language));
  const adoption: Adoption = {};
  const draft = normalizeSymbol(draftStep?.getAttribute('as') ?? '');
  if (draft) adoption.draft = draft;
  if (sponsors.length) adoption.sponsors = sponsors;
  const outcome = collapse(adoptedStep?.getAttribute('by') ?? '');
  if (outcome) adoption.outcome = outcome;
  const record = normalizeSymbol(adoptedStep?.getAttribute('as') ?? '');
  if (record) adoption.record = record;
  if (adoptedStep) adoption.chapterVII = /chapter\s*vii\b/i.test(adoptedStep.getAttribute('refersTo') ?? '');
  const votes = votesOf(meta, outcome);
  if (votes) adoption.votes = votes;
  return adoption;
}

const VOTE_POSITIONS: Record<string, keyof Omit<VoteRecord, 'unanimous'>> = {
  inFavour: 'inFavour', against: 'against', abstaining: 'abstaining', abstention: 'abstaining', notParticipating: 'notParticipating',
};

function votesOf(meta: Element, outcome: string): VoteRecord | undefined {
  const voting = descendant(meta, 'voting');
  if (!voting) return undefined;
  const votes: VoteRecord = { inFavour: [], against: [], abstaining: [], notParticipating: [] };
  for (const count of children(voting, 'count')) {
    const position = VOTE_POSITIONS[count.getAttribute('refersTo')?.replace(/^#/, '') ?? ''];
    if (position) votes[position].push(...descendants(count, 'organization').map((o) => textOf(o)).filter(Boolean));
  }
  const byConsensus = /unanim|withoutVote|acclamation/i.test(`${outcome} ${voting.getAttribute('outcome') ?? ''}`);
  if (byConsensus) votes.unanimous = true;
  const any = votes.inFavour.length + votes.against.length + votes.abstaining.length + votes.notParticipating.length;
  return any || byConsensus ? votes : undefined;
}

/**
 * One preambular paragraph per container; one not opening with a capital after one without closing punctuation
 * ("…, and") continues it, and a container holding two ("… precursors, Paying homage to …") is split where a
 * capitalised opener follows a clause's end.
 */
function preambleOf(preamble: Element, language: Language, source: (e: Element) => Provenance | undefined): Preambular[] {
  const paragraphs: Preambular[] = [];
  for (const container of children(preamble, 'container')) {
    const whole = textOf(container);
    if (!whole) continue;
    const [text, ...splitOff] = splitAtOpeners(whole, language);
    const previous = paragraphs.at(-1);
    if (previous && !CLOSING_PUNCTUATION.test(previous.text) && !/^\p{Lu}/u.test(text)) {
      previous.text = `${previous.text} ${text}`;
      const span = source(container)?.span;
      if (previous.source && span) previous.source.span[1] = span[1];
    } else {
      const opener = collapse(container.getAttribute('name') ?? '') || openerOf(container);
      paragraphs.push({ id: '', text, ...optional('opener', opener), ...optional('source', source(container)) });
    }
    for (const part of splitOff) paragraphs.push({ id: '', text: part, ...optional('opener', knownOpener(part, language, 'preamble')), ...optional('source', source(container)) });
  }
  return paragraphs;
}

/** A text cut before each capitalised preambular opener that follows ", " or ". " ("… precursors, Paying homage …"). */
function splitAtOpeners(text: string, language: Language): string[] {
  const parts: string[] = [];
  let start = 0;
  for (const m of text.matchAll(/[,.;] (?=\p{Lu}\p{Ll})/gu)) {
    const at = m.index + m[0].length;
    if (opensLike(text.slice(at), language, 'preamble')) {
      parts.push(text.slice(start, at).trim());
      start = at;
    }
  }
  parts.push(text.slice(start).trim());
  return parts;
}

/**
 * Preambular paragraphs the markup put in the body: unnumbered blocks ending with a comma
 * before the first operative paragraph. Removed from `blocks`.
 */
function preambularBlocks(blocks: Block[], language: Language): Preambular[] {
  // "Decides to extend the mandate …," opening a resolution without numbers is operative, even ending with a comma.
  const isPreambular = (block: Block) =>
    block.kind === 'text' && block.label === null && !block.items.length && /[,，،]$/u.test(block.text) &&
    (opensLike(block.text, language, 'preamble') || !opensLike(block.text, language, 'operative'));
  // Part headings ("A") may stand before them in a resolution of several parts; they stay in the body.
  const count = blocks.findIndex((block) => !isPreambular(block) && block.kind !== 'heading');
  // Operative text follows: a numbered paragraph, or in a resolution without numbers ("Forwards the following nominations:") any text.
  const operativeFollows = count > 0 && blocks.slice(count).some((block) => (block.label && /^\d+$/.test(block.label)) || block.kind === 'text');
  if (!operativeFollows) return [];
  const leading = blocks.splice(0, count);
  blocks.unshift(...leading.filter((block) => !isPreambular(block)));
  return leading.filter(isPreambular).map((block) => ({
    id: '',
    text: block.text,
    ...optional('opener', block.opener),
    ...optional('source', block.source),
  }));
}

/** The emphasised words the text opens with ("Decides", "Further requests"), if any. */
function openerOf(element: Element): string | undefined {
  const first = descendants(element, 'span').find((span) => EMPHASIS.test(span.getAttribute('class') ?? ''));
  if (!first) return undefined;
  const opener = textOf(first).replace(/[,:;]$/, '');
  const text = textOf(element, STRUCTURE).replace(/^[“"‘']/, '');
  return opener && text.startsWith(opener) ? opener : undefined;
}

/** mainBody (and its sections) → a flat sequence of blocks in reading order; `assembleBody` rebuilds the tree. */
function bodyBlocks(body: Element, source: (e: Element) => Provenance | undefined): Block[] {
  const blocks: Block[] = [];
  const visit = (parent: Element) => {
    for (const element of childElements(parent)) {
      const name = localName(element);
      const at = source(element);
      if (name === 'section' || name === 'hcontainer' || name === 'division' || name === 'part' || name === 'chapter') {
        const num = child(element, 'num');
        if (num && textOf(num)) blocks.push({ kind: 'heading', label: null, text: textOf(num), items: [], source: at });
        visit(element);
      } else if (name === 'crossHeading' || name === 'subheading' || name === 'heading') {
        const block: Block = { kind: name === 'crossHeading' ? 'text' : 'heading', label: null, text: textOf(element), items: [], source: at };
        const opener = openerOf(element);
        if (opener && block.kind === 'text') block.opener = opener;
        blocks.push(block);
      } else if (name === 'alinea') {
        blocks.push({ kind: blocks.length ? 'text' : 'introduction', label: null, text: textOf(element), items: [], source: at });
      } else if (name === 'paragraph' || name === 'container' || name === 'point') {
        blocks.push(paragraphBlock(element, source));
      } else if (name !== 'num') {
        blocks.push({ kind: 'text', label: null, text: textOf(element), items: [], source: at });
      }
    }
  };
  visit(body);
  // "* Reissued for technical reasons." is a note on the printing, not text of the document.
  // Separator lines ("-----", "* * *") are typography, not text.
  const printingNote = (block: Block) => block.label === null && /^\*\s*\p{L}/u.test(block.text);
  const separator = (block: Block) => block.label === null && !block.items.length && block.text !== '' && !/[\p{L}\p{N}]/u.test(block.text);
  // Part headings the conversion decorated as "== II ==": the signs are typography too.
  const undecorated = (block: Block): Block => {
    const part = block.label === null ? /^=+\s*(\S.*?)\s*=+$/u.exec(block.text) : null;
    return part ? { ...block, text: part[1] } : block;
  };
  return blocks.filter((block) => (block.text || block.label !== null || block.items.length) && !printingNote(block) && !separator(block)).map(undecorated);
}

function paragraphBlock(element: Element, source: (e: Element) => Provenance | undefined): Block {
  const num = child(element, 'num');
  const label = num ? normaliseLabel(textOf(num)) : null;
  const heading = child(element, 'subheading') ?? child(element, 'heading');
  const at = source(element);
  if (heading && !child(element, 'content') && !child(element, 'list')) {
    const headingNum = num ? textOf(num).replace(/\.$/, '') : '';
    return { kind: 'heading', label: headingNum || null, text: textOf(heading), items: [], source: at };
  }
  const list = child(element, 'list') ?? child(element, 'blockList');
  const intro = list && (child(list, 'intro') ?? child(list, 'listIntroduction'));
  const textElement = list ? intro : element;
  const text = textElement ? textOf(textElement, STRUCTURE) : '';
  const opener = textElement ? openerOf(textElement) : undefined;
  const block: Block = { kind: 'text', label, text, items: list ? unnestGroups(liftMisnested(listItems(list, source))) : [], source: at };
  if (opener) block.opener = opener;
  if (isTitleOnly(textElement, text)) block.titleOnly = true;
  return block;
}

/** Text printed as a run-in title: emphasised throughout, without closing punctuation ("Humanitarian assistance"). */
function isTitleOnly(element: Element | undefined, text: string): boolean {
  if (!element || !text || CLOSING_PUNCTUATION.test(text)) return false;
  const emphasised = descendants(element, 'span')
    .filter((span) => EMPHASIS.test(span.getAttribute('class') ?? ''))
    .map((span) => textOf(span))
    .join(' ');
  return collapse(emphasised) === text;
}

/**
 * The items of a list: each <point> is an item; a <sublist> holds the items of the point before it
 * (the UN marks sublists as siblings of their point); an <intro> inside a sublist is an unnumbered title;
 * a <wrapUp> is an unnumbered block closing the list.
 */
function listItems(list: Element, source: (e: Element) => Provenance | undefined): Block[] {
  const items: Block[] = [];
  for (const element of childElements(list)) {
    const name = localName(element);
    if (name === 'point' || name === 'item') {
      const inner = child(element, 'list') ?? child(element, 'sublist');
      const intro = child(element, 'intro');
      const block = paragraphBlock(element, source);
      if (intro && !block.text) {
        block.text = textOf(intro, STRUCTURE);
        block.titleOnly = isTitleOnly(intro, block.text);
      }
      block.label ??= '';
      if (inner) block.items.push(...listItems(inner, source));
      for (const sub of children(element, 'sublist')) if (sub !== inner) block.items.push(...listItems(sub, source));
      items.push(block);
    } else if (name === 'sublist' || name === 'list') {
      const nested = listItems(element, source);
      const owner = items.at(-1);
      if (owner) owner.items.push(...nested);
      else items.push(...nested);
    } else if (name === 'intro' || name === 'wrapUp') {
      if (list.parentNode && localName(list.parentNode) === 'paragraph' && name === 'intro') continue;
      const text = textOf(element, STRUCTURE);
      if (text) items.push({ kind: 'text', label: '', text, items: [], source: source(element), titleOnly: isTitleOnly(element, text) });
    }
  }
  return items;
}

/**
 * Items the markup nested under a descendant of the item they follow ("II. Political Process" inside the sublist
 * of "(f)" under "I."): an item that continues an outer label and neither continues its own list nor opens one
 * comes out after that outer item, with the items after it.
 */
function liftMisnested(items: Block[]): Block[] {
  const continues = (previous: string | null, label: string | null) => {
    const kind = previous && label ? follows(previous, label) : null;
    return kind !== null && kind !== 'dash' && kind !== 'none';
  };
  const cut = (outer: string | null, list: Block[]): Block[] => {
    for (let k = 0; k < list.length; k++) {
      const label = list[k].label;
      const belongsHere = k > 0 ? continues(list[k - 1].label, label) : label !== null && opensList(label);
      if (continues(outer, label) && !belongsHere) return list.splice(k);
      const deeper = cut(outer, list[k].items);
      if (deeper.length) return deeper;
    }
    return [];
  };
  for (let i = 0; i < items.length; i++) items.splice(i + 1, 0, ...withOwnItems(cut(items[i].label, items[i].items)));
  for (const item of items) liftMisnested(item.items);
  return items;
}

/**
 * Items lifted out with the misnested one: a list they open after it ("(iii)" closing the sublist of "(ii)", then a
 * sublist "a.", "b." the markup gave "(ii)") holds its items; the rest stand beside it.
 */
function withOwnItems(lifted: Block[]): Block[] {
  const out: Block[] = [];
  for (const block of lifted) {
    const head = out.at(-1);
    const last = head?.items.at(-1);
    const own = head && block.label !== null && (last ? last.label !== null && follows(last.label, block.label) !== null : opensList(block.label) && follows(head.label ?? '', block.label) === null);
    if (own) head.items.push(block);
    else out.push(block);
  }
  return out;
}

/**
 * Group titles ("Root causes of conflict", then "Security Sector Reform") the markup nested each inside the group
 * before: a group met among a group's items is its sibling, heading the items after it, as printed.
 */
function unnestGroups(items: Block[]): Block[] {
  const isTitle = (block: Block) =>
    block.label === '' && (looksLikeTitle(block) || introducesGroup(block.text));
  for (let i = 0; i < items.length; i++) {
    if (!isTitle(items[i])) continue;
    // A title over items of its own or over the labelled items after it, in its list or, closing it, in the outer one.
    const inner = items[i].items.findIndex(
      (block, k, list) => isTitle(block) && (block.items.length > 0 || (k + 1 < list.length ? !!list[k + 1].label : !!items[i + 1]?.label)),
    );
    if (inner < 0) continue;
    const [group, ...after] = items[i].items.splice(inner);
    group.items.push(...after);
    items.splice(i + 1, 0, group);
    // A title left without items heads the labelled items that follow it.
    if (!group.items.length) while (items[i + 2]?.label) group.items.push(...items.splice(i + 2, 1));
  }
  // A group runs to the next title: items after it that go on from its last one ("㈤" after a group ending with
  // "㈣") are its own, though the markup closed its sublist.
  for (let i = 0; i < items.length; i++) {
    if (!isTitle(items[i]) || !items[i].items.length) continue;
    while (items[i + 1]?.label && items[i].items.at(-1)!.label && follows(items[i].items.at(-1)!.label!, items[i + 1].label!)) items[i].items.push(...items.splice(i + 1, 1));
  }
  for (const item of items) unnestGroups(item.items);
  return items;
}

/** "Annex", "Annex II", also when the markup ran the annex title into the same heading ("Annex Article 11: …"). */
function annexNumber(text: string, language: Language): string | null {
  const words = text.split(' ');
  for (const length of [words.length, 2, 1]) {
    const match = LAYOUT[language].annex.exec(words.slice(0, length).join(' '));
    if (!match) continue;
    // "Annex A": a letter the language's pattern does not list is still the annex's number.
    const next = length === 1 ? words[1] ?? '' : '';
    return match[1] ?? (/^(?:\p{Lu}|[IVXLC]+|\d+)$/u.test(next) ? next : '');
  }
  return null;
}

/**
 * Annexes the markup left in the main body, from the first "Annex" heading on: removed from `blocks`.
 * A heading right before an "Annex" heading is that annex's title, printed above it.
 */
function splitAnnexes(blocks: Block[], language: Language): Block[][] {
  const isAnnex = (block: Block | undefined) => block?.kind === 'heading' && annexNumber(block.text, language) !== null;
  const opensAnnex = (index: number) => isAnnex(blocks[index]) || (blocks[index].kind === 'heading' && isAnnex(blocks[index + 1]));
  const start = blocks.findIndex((_, index) => opensAnnex(index));
  if (start < 0) return [];
  const annexes: Block[][] = [];
  blocks.splice(start).forEach((block, index, annexBlocks) => {
    const titleAbove = block.kind === 'heading' && isAnnex(annexBlocks[index + 1]);
    if (titleAbove || (isAnnex(block) && annexBlocks[index - 1]?.kind !== 'heading') || !annexes.length) annexes.push([]);
    annexes.at(-1)!.push(block);
  });
  return annexes;
}

/**
 * Annexes: those left in the main body (removed from `blocks`), then those carried as attachments;
 * numbered from their heading ("Annex II"), their blocks as lines. Headings closing the main body or an annex
 * are the title of the annex that follows (the UN prints the title above "Annex II").
 */
function annexesOf(top: Element, blocks: Block[], language: Language, source: (e: Element) => Provenance | undefined): Annex[] {
  const attachments = child(top, 'attachments');
  const attached = attachments ? children(attachments, 'attachment') : [];
  const all = [
    ...splitAnnexes(blocks, language).map((annexBlocks) => ({ blocks: annexBlocks, at: annexBlocks[0].source })),
    ...attached.flatMap((attachment) => {
      // One attachment may hold several annexes ("Annex I" … "Annex II" …).
      const attachedBlocks = bodyBlocks(descendant(attachment, 'mainBody') ?? attachment, source);
      const parts = splitAnnexes(attachedBlocks, language);
      if (!parts.length) return [{ blocks: attachedBlocks, at: source(attachment) }];
      parts[0].unshift(...attachedBlocks);
      return parts.map((annexBlocks, i) => ({ blocks: annexBlocks, at: i === 0 ? source(attachment) : annexBlocks[0].source }));
    }),
  ];
  const carryTitles = (from: Block[], to: Block[]) => {
    while (from.at(-1)?.kind === 'heading' && annexNumber(from.at(-1)!.text, language) === null) to.unshift(from.pop()!);
  };
  if (all.length) carryTitles(blocks, all[0].blocks);
  all.forEach((annex, i) => all[i + 1] && carryTitles(annex.blocks, all[i + 1].blocks));
  return all.map(({ blocks: annexBlocks, at }, index): Annex => {
    const lines: string[] = [];
    const flatten = (list: Block[]) => {
      for (const block of list) {
        const label = block.label && /^\d+$/.test(block.label) ? `${block.label}.` : block.label;
        const line = [label, block.text].filter(Boolean).join(' ');
        if (line) lines.push(line);
        flatten(block.items);
      }
    };
    flatten(annexBlocks);
    // "Annex II Title", or a title line printed above "Annex II".
    const titleAbove = annexNumber(lines[0] ?? '', language) === null && annexNumber(lines[1] ?? '', language) !== null;
    const above = titleAbove ? lines.shift() : undefined;
    const num = annexNumber(lines[0] ?? '', language);
    let title = above;
    if (num !== null) {
      const rest = lines.shift()!.split(' ').slice(num ? 2 : 1).join(' ');
      title = [above, rest].filter(Boolean).join(' ') || undefined;
    }
    return { id: `annex${index + 1}`, num: num ?? '', ...optional('title', title), lines, ...optional('source', at) };
  });
}
