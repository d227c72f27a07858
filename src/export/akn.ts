import { DOMImplementation, XMLSerializer, type Document, type Element } from '@xmldom/xmldom';
import { COVER_WORDS, formatDate } from '../lang/cover.js';
import type { Annex, BodyNode, Item, Language, Paragraph, UNDocument, VoteRecord } from '../model.js';

const AKN = 'http://docs.oasis-open.org/legaldocml/ns/akn/3.0';
const AKN4UN = 'http://un.org/akn4un';
const FRBR_LANGUAGES: Record<Language, string> = { en: 'eng', fr: 'fra', es: 'spa', ru: 'rus', zh: 'zho', ar: 'ara' };
/** AKN document element and its name, per kind: resolutions and statements are <statement>, the rest <doc>. */
const DOCUMENT_TYPES: Record<UNDocument['kind'], [string, string]> = {
  resolution: ['statement', 'resolution'],
  'draft-resolution': ['statement', 'draftResolution'],
  'presidential-statement': ['statement', 'presidentialStatement'],
  'sg-report': ['doc', 'report'],
  letter: ['doc', 'letter'],
  'press-release': ['doc', 'pressRelease'],
  other: ['doc', 'document'],
};
const VOTE_POSITIONS: (keyof Omit<VoteRecord, 'unanimous'>)[] = ['inFavour', 'against', 'abstaining', 'notParticipating'];

/** Document model → Akoma Ntoso 3.0 XML following the AKN4UN conventions of the UN's own files. */
export function exportAkn(doc: UNDocument): string {
  const xml = new DOMImplementation().createDocument(AKN, 'akomaNtoso', null);
  const root = xml.documentElement!;
  root.setAttribute('xmlns:akn4un', AKN4UN);
  const build = new Builder(xml);
  const [type, name] = DOCUMENT_TYPES[doc.kind];
  const top = build.add(root, type, { name });
  top.appendChild(meta(build, doc));
  top.appendChild(coverPage(build, doc));
  if (doc.title) build.add(build.add(build.add(top, 'preface'), 'p'), 'docTitle', { refersTo: '#title' }, doc.title);
  if (doc.formula || doc.preamble.length) {
    const preamble = build.add(top, 'preamble');
    if (doc.formula) {
      const formula = build.add(build.add(preamble, 'formula', { name: 'enactingFormula' }), 'p');
      build.text(formula, doc.formula, doc.formula.replace(/[,:،，：]\s*$/u, ''));
    }
    doc.preamble.forEach((paragraph, index) => {
      const container = build.add(preamble, 'container', { name: paragraph.opener ?? firstWord(paragraph.text), eId: `container_${index + 1}` });
      build.text(build.add(container, 'p'), paragraph.text, paragraph.opener);
    });
  }
  mainBody(build, build.add(top, 'mainBody'), doc.body);
  if (doc.annexes?.length) attachments(build, top, doc.annexes, doc.language);
  build.indent(root, 0);
  return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(xml)}\n`;
}

const firstWord = (text: string) => text.split(' ')[0].replace(/[,;:]$/, '');

class Builder {
  constructor(private readonly xml: Document) {}

  create(name: string, attributes: Record<string, string> = {}, text?: string): Element {
    const element = name.startsWith('akn4un:') ? this.xml.createElementNS(AKN4UN, name) : this.xml.createElementNS(AKN, name);
    for (const [key, value] of Object.entries(attributes)) element.setAttribute(key, value);
    if (text !== undefined) this.append(element, text);
    return element;
  }

  add(parent: Element, name: string, attributes: Record<string, string> = {}, text?: string): Element {
    const element = this.create(name, attributes, text);
    parent.appendChild(element);
    return element;
  }

  append(parent: Element, text: string): void {
    if (text) parent.appendChild(this.xml.createTextNode(text));
  }

  /** Indents elements that hold only elements, leaving mixed content (text with spans) as it is. */
  indent(element: Element, depth: number): void {
    const nodes = Array.from(element.childNodes);
    if (!nodes.length || nodes.some((node) => node.nodeType !== 1)) return;
    for (const node of nodes) {
      element.insertBefore(this.xml.createTextNode(`\n${'  '.repeat(depth + 1)}`), node);
      this.indent(node as Element, depth + 1);
    }
    element.appendChild(this.xml.createTextNode(`\n${'  '.repeat(depth)}`));
  }

  /** Text with its opening words in italics, as the UN prints openers. */
  text(parent: Element, text: string, opener?: string): void {
    const at = opener ? text.indexOf(opener) : -1;
    // The opener may follow an opening quotation mark: "“Decides …".
    if (opener && at >= 0 && at <= 1) {
      this.append(parent, text.slice(0, at));
      this.add(parent, 'span', { class: 'italic' }, opener);
      this.append(parent, text.slice(at + opener.length));
    } else {
      this.append(parent, text);
    }
  }
}

/** "/akn/un/statement/deliberation/unsc/2020-06-29/2531-2020" for a resolution; other symbols by their parts. */
function workUri(doc: UNDocument): string {
  const date = doc.date ?? '0001-01-01';
  const resolution = /^S\/RES\/(\d+) \((\d{4})\)$/.exec(doc.symbol ?? '');
  if (resolution) return `/akn/un/statement/deliberation/unsc/${date}/${resolution[1]}-${resolution[2]}`;
  const [type] = DOCUMENT_TYPES[doc.kind];
  const number = (doc.symbol ?? 'unknown').replace(/^S\//, '').replace(/[^\w.]+/g, '-');
  return `/akn/un/${type}/${type === 'statement' ? 'deliberation' : 'paper'}/unsc/${date}/${number}`;
}

function meta(build: Builder, doc: UNDocument): Element {
  const holder = build.create('meta');
  const identification = build.add(holder, 'identification', { source: '#DGACM' });
  const work = workUri(doc);
  const expression = `${work}/${FRBR_LANGUAGES[doc.language]}@`;
  const date = doc.date ?? '0001-01-01';
  // The UN's forms: work ".../2531-2020/" and ".../2531-2020/!main/", expression ".../eng@/" and ".../eng@!main/",
  // manifestation ".../eng@.xml" and ".../eng@/!main.xml".
  const frbr = (name: string, uri: string, self: string, dateName: string, author: string, as: string) => {
    const element = build.add(identification, name);
    build.add(element, 'FRBRthis', { value: self });
    build.add(element, 'FRBRuri', { value: uri });
    build.add(element, 'FRBRdate', { date, name: dateName });
    build.add(element, 'FRBRauthor', { href: author, as });
    return element;
  };
  build.add(frbr('FRBRWork', `${work}/`, `${work}/!main/`, 'adoption', '#sc', 'author'), 'FRBRcountry', { value: 'un' });
  build.add(frbr('FRBRExpression', `${expression}/`, `${expression}!main/`, 'publication', '#sc', 'issuer'), 'FRBRlanguage', { language: FRBR_LANGUAGES[doc.language] });
  frbr('FRBRManifestation', `${expression}.xml`, `${expression}/!main.xml`, 'markup', '#DGACM', 'editor');

  const adoption = doc.adoption;
  const sponsors = adoption?.sponsors ?? doc.sponsors;
  // A draft is its own draft step; a resolution names the draft it was adopted from.
  const draft = adoption?.draft ?? (doc.kind === 'draft-resolution' ? doc.symbol : undefined);
  const adopted = adoption?.outcome || adoption?.record;
  if (draft || sponsors?.length || adopted) {
    const workflow = build.add(holder, 'workflow', { source: '#un' });
    build.add(workflow, 'step', { date, outcome: 'draftResolution', as: draft ?? '', by: sponsors?.join(', ') ?? '' });
    if (adopted) {
      const step: Record<string, string> = { date, outcome: 'adopted', as: adoption?.record ?? '', by: adoption?.outcome ?? '' };
      if (adoption?.chapterVII) step.refersTo = 'Chapter VII';
      build.add(workflow, 'step', step);
    }
  }
  const votes = adoption?.votes;
  if (votes) {
    const voting = build.add(build.add(build.add(holder, 'analysis', { source: '#un' }), 'parliamentary'), 'voting', votes.unanimous ? { outcome: 'adoptedUnanimously' } : {});
    for (const position of VOTE_POSITIONS) {
      if (!votes[position].length) continue;
      const count = build.add(voting, 'count', { value: String(votes[position].length).padStart(3, '0'), refersTo: position });
      const voters = build.add(count, 'akn4un:voters');
      for (const member of votes[position]) build.add(voters, 'organization', { refersTo: 'memberState' }, member);
    }
  }
  return holder;
}

function coverPage(build: Builder, doc: UNDocument): Element {
  const cover = build.create('coverPage');
  const words = COVER_WORDS[doc.language];
  if (doc.symbol) build.add(build.add(cover, 'p', { class: 'upperRight' }), 'docNumber', { refersTo: '#symbol' }, doc.symbol);
  build.add(build.add(cover, 'p'), 'docStatus', { refersTo: '#generalDistribution' }, words.distribution);
  if (doc.date) build.add(build.add(cover, 'p'), 'docDate', { date: doc.date, refersTo: '#dateOfIssuance' }, formatDate(doc.date, doc.language));
  if (doc.kind === 'resolution' && doc.number && doc.date) {
    build.add(build.add(cover, 'p'), 'docTitle', { refersTo: '#resolutionNumber' }, words.resolution(doc.number, doc.date.slice(0, 4)));
    const title = build.add(build.add(cover, 'p'), 'docTitle', { refersTo: '#adoption' });
    // The adoption line's words around the meeting and the date, with both marked up where the UN marks them.
    const printed = formatDate(doc.date, doc.language);
    const line = words.adopted(printed, doc.meeting ?? undefined);
    const meetingText = doc.meeting ? /\S*\d+\S*(?:\s+(?:meeting|séance|sesión|заседании|次会议))?/u.exec(line.replace(printed, ''))?.[0] : undefined;
    let rest = line;
    for (const part of [meetingText, printed]) {
      if (!part) continue;
      const at = rest.indexOf(part);
      if (at < 0) continue;
      build.append(title, rest.slice(0, at));
      if (part === printed) build.add(title, 'docDate', { date: doc.date, refersTo: '#adoptionDate' }, part);
      else build.add(title, 'inline', { name: 'adoptionMeeting', title: /\S*\d+\S*/u.exec(part)![0] }, part);
      rest = rest.slice(at + part.length);
    }
    build.append(title, rest);
  }
  return cover;
}

function mainBody(build: Builder, body: Element, nodes: BodyNode[]): void {
  nodes.forEach((node, index) => {
    const eId = `para_${index + 1}`;
    if (node.type === 'heading') {
      const element = build.add(body, 'paragraph', { eId, class: node.level === 1 ? 'H1' : 'H4' });
      if (node.num) build.add(element, 'num', {}, node.num);
      build.add(element, 'subheading', {}, node.text);
      return;
    }
    const element = build.add(body, 'paragraph', { eId, class: 'SingleTxt' });
    if (node.num) build.add(element, 'num', {}, /^\d+$/.test(node.num) ? `${node.num}.` : node.num);
    paragraphContent(build, element, node, eId);
  });
}

function paragraphContent(build: Builder, element: Element, paragraph: Paragraph, eId: string): void {
  if (!paragraph.items.length) {
    build.text(build.add(build.add(element, 'content', { eId: `${eId}__content` }), 'p'), paragraph.text, paragraph.opener);
    return;
  }
  const list = build.add(element, 'list', { eId: `${eId}_list` });
  if (paragraph.text) build.text(build.add(build.add(list, 'intro'), 'p'), paragraph.text, paragraph.opener);
  points(build, list, paragraph.items);
}

/**
 * Items as points; an item's own items follow it in a <sublist> (the UN's convention).
 * A titled item prints its title as the point's emphasised content and its text as an unnumbered point under it.
 */
function points(build: Builder, list: Element, items: Item[]): void {
  for (const item of items) {
    const point = build.add(list, 'point');
    if (item.num) build.add(point, 'num', {}, item.num === '-' ? '–' : item.num);
    const content = build.add(build.add(point, 'content'), 'p');
    const children: Item[] = item.items;
    if (item.title !== undefined) {
      build.add(content, 'span', { class: 'italic' }, item.title);
      const sublist = build.add(list, 'sublist');
      if (item.text) points(build, sublist, [{ id: `${item.id}.text`, num: '', text: item.text, items: [] }]);
      points(build, sublist, children);
      continue;
    }
    build.text(content, item.text);
    if (children.length) points(build, build.add(list, 'sublist'), children);
  }
}

function attachments(build: Builder, top: Element, annexes: Annex[], language: Language): void {
  const holder = build.add(top, 'attachments');
  for (const annex of annexes) {
    const body = build.add(build.add(build.add(holder, 'attachment'), 'doc', { name: 'annex' }), 'mainBody');
    const heading = [COVER_WORDS[language].annex, annex.num, annex.title].filter(Boolean).join(' ');
    build.add(build.add(body, 'paragraph', { class: 'H1' }), 'heading', {}, heading);
    for (const line of annex.lines) build.add(build.add(build.add(body, 'paragraph'), 'content'), 'p', {}, line);
  }
}
