/**
 * The reader: a stored document as structured text. Paragraphs and items are anchored by their model ids
 * (#op20, #op20.a.ii), cited documents are links, each fact is marked at its words, each paragraph shows its page.
 */
import type { MandateFacts } from '../../facts/types.js';
import type { BodyNode, InternalReference, Item, UNDocument } from '../../model.js';
import { findSymbols } from '../../recognize/symbols.js';
import { textUnits } from '../../store/paragraphs.js';
import type { LinkView, StoredDocument } from '../../store/queries.js';
import { annotate, type Annotation } from '../annotate.js';
import { factMarks, factNotes, type FactNote } from '../facts.js';
import { figureMarks, figuresList, figuresOf } from '../figures.js';
import { documentHref, documentLink, escapeHtml, formatDate, page, queryString, symbolLink } from '../html.js';

export interface ReaderContext {
  /** symbols cited in the text that are stored, to link to their reader pages */
  stored: Set<string>;
}

/** Every symbol the document's text cites, for looking up which are stored. */
export function citedSymbols(doc: UNDocument): string[] {
  const cited = textUnits(doc).flatMap((unit) => findSymbols(unit.text).map((s) => s.symbol));
  const annexed = (doc.annexes ?? []).flatMap((annex) => (annex.document ? [...(annex.document.symbol ? [annex.document.symbol] : []), ...citedSymbols(annex.document)] : []));
  return [...new Set([...cited, ...annexed])];
}

interface Renderer {
  doc: UNDocument;
  marks: Map<string, Annotation[]>;
  context: ReaderContext;
  /** prefix of anchors inside an annexed document, so they do not collide with the main text's */
  idPrefix: string;
  showPages: boolean;
}

/** A paragraph's text with its opener in italics, its citations and internal references as links, its facts marked. */
function richText(r: Renderer, id: string, text: string, opener?: string, refs?: InternalReference[]): string {
  const annotations: Annotation[] = [...(r.marks.get(id) ?? [])];
  if (opener && text.startsWith(opener)) annotations.push({ span: [0, opener.length], emphasis: true });
  for (const cited of findSymbols(text)) {
    if (cited.symbol !== r.doc.symbol && r.context.stored.has(cited.symbol)) {
      annotations.push({ span: cited.span, href: documentHref(cited.symbol), linkTitle: `read ${cited.symbol}` });
    }
  }
  for (const ref of refs ?? []) {
    if (ref.targets[0]) annotations.push({ span: ref.span, href: `#${r.idPrefix}${ref.targets[0]}`, linkTitle: `paragraph ${ref.targets.join(', ')}` });
  }
  return annotate(text, annotations);
}

function anchor(r: Renderer, id: string): string {
  return escapeHtml(`${r.idPrefix}${id}`);
}

function pageNote(r: Renderer, source?: { pages: [number, number] }): string {
  if (!r.showPages || !source) return '';
  const [first, last] = source.pages;
  const label = first === last ? `p. ${first}` : `pp. ${first}–${last}`;
  return `<span class="page" title="page${first === last ? '' : 's'} of the original">${label}</span>`;
}

function renderItems(r: Renderer, items: Item[]): string {
  if (items.length === 0) return '';
  const rendered = items.map((item) => {
    const label = item.num === '-' ? '–' : item.num;
    const title = item.title ? `<strong class="item-title">${escapeHtml(item.title)}</strong> ` : '';
    return `<li class="item" id="${anchor(r, item.id)}">${pageNote(r, item.source)}`
      + `<a class="num" href="#${anchor(r, item.id)}">${escapeHtml(label)}</a> `
      + `<span class="text">${title}${richText(r, item.id, item.text, undefined, item.refs)}</span>${renderItems(r, item.items)}</li>`;
  });
  return `<ol class="items">${rendered.join('\n')}</ol>`;
}

function renderNode(r: Renderer, node: BodyNode): string {
  if (node.type === 'heading') {
    const level = node.level === 2 ? 3 : 2;
    return `<h${level} class="doc-heading" id="${anchor(r, node.id)}">${node.num ? `${escapeHtml(node.num)}. ` : ''}${escapeHtml(node.text)}</h${level}>`;
  }
  const num = node.num ? `<a class="num" href="#${anchor(r, node.id)}">${escapeHtml(node.num)}.</a> ` : '';
  return `<div class="para" id="${anchor(r, node.id)}">${pageNote(r, node.source)}<p>${num}${richText(r, node.id, node.text, node.opener, node.refs)}</p>${renderItems(r, node.items)}</div>`;
}

/** The text of a document: formula, preamble, body, annexes (an annexed document rendered the same way). */
function renderText(r: Renderer): string {
  const { doc } = r;
  const parts: string[] = [];
  if (doc.formula) parts.push(`<p class="formula">${escapeHtml(doc.formula)}</p>`);
  if (doc.preamble.length) {
    parts.push(`<section class="preamble" id="${anchor(r, 'preamble')}">`);
    for (const p of doc.preamble) {
      parts.push(`<div class="para pre" id="${anchor(r, p.id)}">${pageNote(r, p.source)}<p>${richText(r, p.id, p.text, p.opener)}</p></div>`);
    }
    parts.push('</section>');
  }
  parts.push(`<section class="body" id="${anchor(r, 'body')}">${doc.body.map((node) => renderNode(r, node)).join('\n')}</section>`);
  for (const annex of doc.annexes ?? []) {
    const id = anchor(r, `annex-${annex.num || 'unnumbered'}`);
    const heading = `<h2 id="${id}">${escapeHtml(['Annex', annex.num].filter(Boolean).join(' '))}${annex.title ? ` <span class="annex-title">${escapeHtml(annex.title)}</span>` : ''}</h2>`;
    const content = annex.document
      ? `<div class="annexed">${annex.document.symbol ? `<p class="meta">${symbolLink(annex.document.symbol, r.context.stored.has(annex.document.symbol))}</p>` : ''}${documentHeader(annex.document)}${renderText({ ...r, doc: annex.document, marks: new Map(), idPrefix: `${id}-` })}</div>`
      : `<pre class="annex-lines">${escapeHtml(annex.lines.join('\n'))}</pre>`;
    parts.push(`<section class="annex">${heading}${content}</section>`);
  }
  return parts.join('\n');
}

const KIND_NAMES: Record<UNDocument['kind'], string> = {
  'resolution': 'Resolution',
  'draft-resolution': 'Draft resolution',
  'sg-report': 'Report of the Secretary-General',
  'letter': 'Letter',
  'press-release': 'Press summary',
  'presidential-statement': 'Statement by the President',
  'other': 'Document',
};

function documentHeader(doc: UNDocument): string {
  const meta = [KIND_NAMES[doc.kind], doc.language.toUpperCase(), formatDate(doc.date), doc.meeting ? `meeting ${doc.meeting}` : ''].filter(Boolean).join(' · ');
  const adoption = doc.adoption;
  const adopted = adoption
    ? `<p class="adoption">${[adoption.outcome, adoption.draft ? `draft ${adoption.draft}` : '', adoption.sponsors?.length ? `sponsors: ${adoption.sponsors.join(', ')}` : '', adoption.record ? `record ${adoption.record}` : ''].filter((part): part is string => Boolean(part)).map(escapeHtml).join(' · ')}</p>`
    : '';
  return `<p class="meta">${escapeHtml(meta)}</p>${doc.title ? `<p class="doc-title">${escapeHtml(doc.title)}</p>` : ''}`
    + `${doc.sponsors?.length ? `<p class="meta">Sponsors: ${escapeHtml(doc.sponsors.join(', '))}</p>` : ''}${adopted}`;
}

function tableOfContents(doc: UNDocument, facts: MandateFacts | null): string {
  const entries: string[] = [];
  if (facts) entries.push('<li><a href="#facts">Mandate facts</a></li>');
  if (doc.preamble.length) entries.push('<li><a href="#preamble">Preamble</a></li>');
  const headings = doc.body.filter((node) => node.type === 'heading');
  if (headings.length === 0 && doc.body.length) entries.push(`<li><a href="#body">${doc.kind === 'resolution' || doc.kind === 'draft-resolution' ? 'Operative paragraphs' : 'Text'}</a></li>`);
  for (const h of headings) {
    entries.push(`<li class="toc-level-${h.level === 2 ? 2 : 1}"><a href="#${escapeHtml(h.id)}">${h.num ? `${escapeHtml(h.num)}. ` : ''}${escapeHtml(h.text)}</a></li>`);
  }
  for (const annex of doc.annexes ?? []) {
    entries.push(`<li><a href="#annex-${escapeHtml(annex.num || 'unnumbered')}">${escapeHtml(['Annex', annex.num].filter(Boolean).join(' '))}${annex.title ? `: ${escapeHtml(annex.title)}` : ''}</a></li>`);
  }
  const numbers = doc.body.filter((node) => node.type === 'paragraph' && node.num).map((node) => `<a href="#${escapeHtml(node.id)}">${escapeHtml((node as { num: string }).num)}</a>`);
  const jump = numbers.length ? `<p class="toc-numbers" aria-label="paragraphs">${numbers.join(' ')}</p>` : '';
  return `<nav class="toc" aria-label="Contents"><h2>Contents</h2><ul>${entries.join('')}</ul>${jump}</nav>`;
}

/** Key facts (expiry, ceilings, Chapter VII, force) listed; the many tasks, requests and reporting duties folded. */
function factsPanel(facts: MandateFacts): string {
  const notes = factNotes(facts);
  if (notes.length === 0) return '';
  const item = (note: FactNote) =>
    `<li><mark class="fact fact-${note.kind}">${escapeHtml(note.text)}</mark> <a href="#${escapeHtml(note.source.paragraph)}">${escapeHtml(note.source.paragraph)}</a></li>`;
  const key = notes.filter((n) => KEY_FACTS.has(n.kind));
  const folded = (['task', 'request', 'reporting'] as const).map((kind) => {
    const list = notes.filter((n) => n.kind === kind);
    return list.length ? `<details><summary>${list.length} ${FOLDED_NAMES[kind]}</summary><ul>${list.map(item).join('')}</ul></details>` : '';
  });
  const mission = facts.mission ? `<p>Mission: <a href="/missions/${encodeURIComponent(facts.mission.acronym ?? facts.mission.name ?? '')}">${escapeHtml([facts.mission.name, facts.mission.acronym && `(${facts.mission.acronym})`].filter(Boolean).join(' '))}</a></p>` : '';
  return `<section class="facts-panel" id="facts"><h2>Mandate facts</h2>${mission}${key.length ? `<ul>${key.map(item).join('')}</ul>` : ''}${folded.join('')}`
    + '<p class="muted">Each fact is marked in the text where it was read; point at a mark to see what it says.</p></section>';
}

const KEY_FACTS = new Set<FactNote['kind']>(['expiry', 'chapter-vii', 'force', 'ceiling']);
const FOLDED_NAMES = { task: 'tasks', request: 'requests', reporting: 'reporting obligations' };

const LINK_NAMES: Record<LinkView['kind'], [string, string]> = {
  'draft-of': ['Draft of', 'Adopted from the draft'],
  'cites': ['Cites', 'Cited by'],
  'answers-request-of': ['Answers the request of', 'Answered by'],
  'records-vote-of': ['Records the vote on', 'Vote recorded in'],
  'summarises': ['Summarises', 'Summarised in'],
};

/**
 * The documents linked to and from this one, by kind of link; a summary's link to its resolution, either way, is
 * followed by the summary's figures checked against the resolution.
 */
function linksPanel(stored: StoredDocument): string {
  const groups = new Map<string, { links: Set<string>; checked: string[] }>();
  const add = (label: string, link: LinkView, summary: { id: number; symbol: string | null }, resolution: string | null) => {
    const group = groups.get(label) ?? { links: new Set<string>(), checked: [] };
    const html = documentLink({ id: link.documentId, symbol: link.symbol });
    const figures = figuresOf(link);
    const checked = figures ? figuresList(figures, summary, resolution) : '';
    if (checked) group.checked.push(`<div class="checked-link">${html}${checked}</div>`);
    else group.links.add(html);
    groups.set(label, group);
  };
  for (const link of stored.linksOut) add(LINK_NAMES[link.kind][0], link, stored, link.symbol);
  for (const link of stored.linksIn) add(LINK_NAMES[link.kind][1], link, { id: link.documentId!, symbol: link.symbol }, stored.symbol);
  if (groups.size === 0) return '';
  const rows = [...groups].map(([label, { links, checked }]) => `<dt>${escapeHtml(label)}</dt><dd>${[...links].join(', ')}${checked.join('')}</dd>`);
  return `<section class="links-panel"><h2>Related documents</h2><dl>${rows.join('')}</dl></section>`;
}

function versionsLine(stored: StoredDocument): string {
  if (stored.versions.length < 2 || !stored.symbol) return '';
  const links = stored.versions.map((v) => v.version === stored.version
    ? `<strong>version ${v.version}</strong>`
    : `<a href="${escapeHtml(documentHref(stored.symbol!) + queryString({ version: v.version, language: stored.language === 'en' ? undefined : stored.language }))}">version ${v.version}</a>`);
  const previous = stored.versions.filter((v) => v.version < stored.version).at(-1);
  const compare = previous ? ` · <a href="/compare${escapeHtml(queryString({ a: stored.symbol, av: previous.version, b: stored.symbol, bv: stored.version }))}">compare with version ${previous.version}</a>` : '';
  return `<p class="versions">Stored versions: ${links.join(', ')}${compare}</p>`;
}

function mergeMarks(...maps: Map<string, Annotation[]>[]): Map<string, Annotation[]> {
  const merged = new Map<string, Annotation[]>();
  for (const [paragraph, list] of maps.flatMap((map) => [...map])) merged.set(paragraph, [...(merged.get(paragraph) ?? []), ...list]);
  return merged;
}

export function readerPage(stored: StoredDocument, context: ReaderContext): string {
  const doc = stored.document;
  const marks = mergeMarks(factMarks(stored.facts), figureMarks(stored.linksOut.map(figuresOf).filter((f) => f !== undefined)));
  const renderer: Renderer = { doc, marks, context, idPrefix: '', showPages: doc.source.pages > 1 };
  // A document without a symbol or title (a press summary) is named by its kind and date, else by its file.
  const heading = stored.symbol ?? doc.title ?? (doc.date ? `${KIND_NAMES[doc.kind]} of ${formatDate(doc.date)}` : stored.fileName);
  const json = stored.symbol ? `/api/documents/${encodeURIComponent(stored.symbol)}` : `/api/documents/id/${stored.id}`;
  const warnings = (doc.warnings ?? []).map((w) => `<li>${escapeHtml(w)}</li>`).join('');
  const body = `<article class="reader">
<header class="doc-head"><h1>${escapeHtml(heading)}</h1>${documentHeader(doc)}${versionsLine(stored)}
<p class="meta">Read from ${escapeHtml(stored.fileName)} · ${doc.source.pages} page${doc.source.pages === 1 ? '' : 's'} · <a href="${escapeHtml(json)}">JSON</a></p>
${warnings ? `<details class="warnings"><summary>Reading warnings</summary><ul>${warnings}</ul></details>` : ''}</header>
<div class="reader-layout">${tableOfContents(doc, stored.facts)}
<div class="reader-main">${stored.facts ? factsPanel(stored.facts) : ''}${linksPanel(stored)}
<div class="doc-text" lang="${doc.language}"${doc.language === 'ar' ? ' dir="rtl"' : ''}>${renderText(renderer)}</div></div></div>
</article>`;
  return page({ title: heading, section: 'documents', body });
}
