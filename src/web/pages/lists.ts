/** The home page (missions, next reports due, latest documents), the list of documents, and search. */
import { InputError } from '../../errors.js';
import { DOCUMENT_KINDS, LANGUAGES } from '../../model.js';
import { parseKind, parseLanguage } from '../../store/cli-options.js';
import type { DueReport, MissionOverview } from '../../store/mission.js';
import type { ListedDocument } from '../../store/queries.js';
import type { SearchHit, SearchOptions } from '../../store/search.js';
import { highlightSnippet } from '../annotate.js';
import { documentHref, documentLink, escapeHtml, formatDate, missionHref, page, queryString, storedHref, table } from '../html.js';

const STATUS_WORDS: Record<DueReport['status'], string> = { received: '✓ received', due: '◷ due', overdue: '! overdue' };

export function statusBadge(status: DueReport['status']): string {
  return `<span class="status status-${status}">${STATUS_WORDS[status]}</span>`;
}

/**
 * A link to the listed version itself: by symbol, naming its language when not English and its version when a later
 * one is listed (the reader's defaults); by id when it has no symbol.
 */
function versionLinks(documents: ListedDocument[]): (d: ListedDocument) => string {
  const key = (d: ListedDocument) => `${d.symbol} ${d.language}`;
  const latest = new Map<string, number>();
  for (const d of documents) latest.set(key(d), Math.max(d.version, latest.get(key(d)) ?? 0));
  return (d) => {
    if (!d.symbol) return documentLink(d);
    const href = documentHref(d.symbol) + queryString({ language: d.language === 'en' ? undefined : d.language, version: d.version === latest.get(key(d)) ? undefined : d.version });
    return `<a href="${escapeHtml(href)}">${escapeHtml(d.symbol)}</a>`;
  };
}

function documentRows(documents: ListedDocument[]): string[][] {
  const link = versionLinks(documents);
  return documents.map((d) => [
    link(d),
    escapeHtml(d.kind),
    escapeHtml(d.language),
    formatDate(d.date),
    d.version > 1 ? `version ${d.version}` : '',
    `<span class="muted">${escapeHtml(d.fileName)}</span>`,
  ]);
}

function yearRange(first: string | null, latest: string | null): string {
  const [from, to] = [first?.slice(0, 4) ?? '?', latest?.slice(0, 4) ?? '?'];
  return from === to ? from : `${from}–${to}`;
}

export function homePage(missions: MissionOverview[], recent: ListedDocument[], today: string): string {
  const missionRows = missions.map((m) => {
    const label = m.summary.acronym ?? m.summary.mission;
    const next = m.next
      ? `${formatDate(m.next.due)} ${statusBadge(m.next.status)} <span class="muted">(${escapeHtml(m.next.what)}, ${escapeHtml(m.next.resolution)} ${escapeHtml(m.next.paragraph)})</span>`
      : `<span class="muted">${m.received ? `all ${m.received} received` : 'none requested'}</span>`;
    const mandate = m.expires ? `${m.inForce ? 'until' : 'expired'} ${formatDate(m.expires)}` : '—';
    return [
      `<a href="${escapeHtml(missionHref(label))}"><strong>${escapeHtml(label)}</strong></a><br><span class="muted">${escapeHtml(m.summary.name ?? '')}</span>`,
      `${m.summary.resolutions} (${escapeHtml(yearRange(m.summary.first, m.summary.latest))})`,
      mandate,
      next,
      m.overdue ? `<span class="status status-overdue">${m.overdue} overdue</span>` : '0',
    ];
  });
  const missionTable = missions.length
    ? table(['Mission', 'Resolutions', 'Mandate', 'Next report', 'Overdue'], missionRows, { className: 'listing' })
    : '<p class="notice">No mission yet: <a href="/upload">upload</a> resolutions to start.</p>';
  const body = `<h1>Peace operation mandates</h1>
<p class="lede">Missions named by the stored resolutions, their mandates and the reports the Secretary-General owes the Council, as of ${formatDate(today)}.</p>
${missionTable}
<h2>Latest documents</h2>
${recent.length ? table(['Symbol', 'Kind', 'Language', 'Date', 'Version', 'File'], documentRows(recent), { className: 'listing' }) : '<p class="muted">None stored yet.</p>'}
<p><a href="/documents">All documents</a></p>`;
  return page({ title: 'Missions', section: 'home', body });
}

export function documentsPage(documents: ListedDocument[]): string {
  const byKind = DOCUMENT_KINDS.map((kind) => [kind, documents.filter((d) => d.kind === kind)] as const).filter(([, list]) => list.length);
  const sections = byKind.map(([kind, list]) =>
    `<h2 id="${kind}">${escapeHtml(kind)} <span class="muted">(${list.length})</span></h2>${table(['Symbol', 'Kind', 'Language', 'Date', 'Version', 'File'], documentRows(list), { className: 'listing' })}`);
  const body = `<h1>Stored documents</h1><p class="lede">${documents.length} stored version${documents.length === 1 ? '' : 's'}, by kind and date.</p>${sections.join('\n') || '<p class="notice">Nothing stored yet: <a href="/upload">upload</a> documents.</p>'}`;
  return page({ title: 'Documents', section: 'documents', body });
}

export interface SearchForm extends SearchOptions {
  q: string;
}

function select(name: string, values: readonly string[], chosen: string | undefined, any: string): string {
  const options = [`<option value="">${any}</option>`, ...values.map((v) => `<option${v === chosen ? ' selected' : ''}>${escapeHtml(v)}</option>`)];
  return `<select name="${name}" aria-label="${name}">${options.join('')}</select>`;
}

export function searchPage(form: SearchForm, hits: SearchHit[] | null, error: string | null): string {
  const formHtml = `<form class="search-form" action="/search" method="get" role="search">
<input type="search" name="q" value="${escapeHtml(form.q)}" placeholder='words, "a phrase", -excluded' aria-label="Search words" autofocus>
${select('kind', DOCUMENT_KINDS, form.kind, 'any kind')}
<input type="number" name="year" value="${form.year ?? ''}" placeholder="year" min="1946" max="2100" aria-label="year">
<input type="text" name="mission" value="${escapeHtml(form.mission ?? '')}" placeholder="mission" aria-label="mission">
${select('language', LANGUAGES, form.language, 'any language')}
<button type="submit">Search</button></form>`;
  let results = '';
  if (error) results = `<p class="notice">${escapeHtml(error)}</p>`;
  else if (hits && hits.length === 0) results = '<p class="notice">No paragraph matches.</p>';
  else if (hits) {
    const items = hits.map((hit) => {
      // An item's own label ("(b)") says little out of context: its id names its paragraph too ("p10.b").
      const label = hit.num && !hit.paragraphId.includes('.') ? `¶ ${escapeHtml(hit.num)}` : escapeHtml(hit.paragraphId);
      const target = `<a href="${escapeHtml(storedHref({ id: hit.documentId, symbol: hit.symbol }, hit.paragraphId))}">${escapeHtml(hit.symbol ?? '(no symbol)')} ${label}</a>`;
      return `<li class="hit"><div class="hit-head">${target} <span class="muted">${escapeHtml(hit.kind)} · ${escapeHtml(hit.language)} · ${formatDate(hit.date)}</span></div><p class="snippet">${highlightSnippet(hit.snippet)}</p></li>`;
    });
    results = `<p class="muted">${hits.length} paragraph${hits.length === 1 ? '' : 's'}, best first.</p><ol class="hits">${items.join('\n')}</ol>`;
  }
  return page({ title: form.q ? `Search: ${form.q}` : 'Search', section: 'search', body: `<h1>Search</h1>${formHtml}${results}` });
}

/** The search form's parameters, checked: a bad value becomes a message on the page rather than an error page. */
export function parseSearchQuery(query: Record<string, string | undefined>): { form: SearchForm; error: string | null } {
  const form: SearchForm = { q: (query.q ?? '').trim() };
  const errors: string[] = [];
  const check = (work: () => void) => {
    try {
      work();
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      errors.push(error.message);
    }
  };
  if (query.kind) check(() => (form.kind = parseKind(query.kind!)));
  if (query.language) check(() => (form.language = parseLanguage(query.language!)));
  if (query.year) {
    if (/^\d{4}$/.test(query.year)) form.year = Number(query.year);
    else errors.push(`the year must have four digits, not "${query.year}"`);
  }
  if (query.mission?.trim()) form.mission = query.mission.trim();
  return { form, error: errors.length ? errors.join('; ') : null };
}
