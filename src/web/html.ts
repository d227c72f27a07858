/** The frame every page shares, and the small helpers that build safe HTML: every text is escaped where it enters. */
import { escapeHtml } from '../compare/html.js';

export { escapeHtml };

/** Same-origin paths of the assets the plugin serves: no CDN, no web font, the pages work offline. */
export const ASSETS = { css: '/assets/web.css', upload: '/assets/upload.js' } as const;

const withFragment = (path: string, fragment?: string) => `${path}${fragment ? `#${encodeURIComponent(fragment)}` : ''}`;

export const documentHref = (symbol: string, fragment?: string) => withFragment(`/documents/${encodeURIComponent(symbol)}`, fragment);

/** The reader page of a stored version: by its symbol when it has one, else by its id (a press summary, an upload whose symbol was not recognised). */
export const storedHref = (stored: { id: number; symbol: string | null }, fragment?: string) =>
  stored.symbol ? documentHref(stored.symbol, fragment) : withFragment(`/documents/id/${stored.id}`, fragment);
export const missionHref = (name: string) => `/missions/${encodeURIComponent(name)}`;

/** A query string of the parameters that have a value. */
export function queryString(params: Record<string, string | number | undefined | null>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) if (value !== undefined && value !== null && value !== '') search.set(key, String(value));
  const text = search.toString();
  return text ? `?${text}` : '';
}

/** A link to a document's reader page when it is stored, else the symbol as text. */
export function symbolLink(symbol: string | null, stored = true, fragment?: string): string {
  if (!symbol) return '<span class="muted">(no symbol)</span>';
  return stored ? `<a href="${escapeHtml(documentHref(symbol, fragment))}">${escapeHtml(symbol)}</a>` : `<span title="not stored">${escapeHtml(symbol)}</span>`;
}

/**
 * A link to a document's reader page, by symbol or, without one, by id ("(no symbol)" linked); `id` null when the
 * document is not stored: its symbol as text.
 */
export function documentLink(target: { id: number | null; symbol: string | null }, fragment?: string): string {
  if (target.symbol || target.id === null) return symbolLink(target.symbol, target.id !== null, fragment);
  return `<a href="${escapeHtml(storedHref({ id: target.id, symbol: null }, fragment))}" title="a document without symbol, stored as number ${target.id}">(no symbol)</a>`;
}

const DATE_FORMAT = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** "2017-06-29" → "29 June 2017"; anything else as given. */
export function formatDate(iso: string | null | undefined): string {
  if (!iso) return '—';
  const date = new Date(`${iso.slice(0, 10)}T00:00:00Z`);
  return Number.isNaN(date.getTime()) ? iso : DATE_FORMAT.format(date);
}

export const formatNumber = (value: number) => value.toLocaleString('en');

export interface PageOptions {
  title: string;
  /** the section of the site, to mark it in the navigation */
  section?: 'home' | 'documents' | 'search' | 'compare' | 'upload' | 'missions';
  /** the page's content, already HTML */
  body: string;
  /** extra same-origin scripts */
  scripts?: string[];
}

const NAVIGATION: [NonNullable<PageOptions['section']>, string, string][] = [
  ['home', '/', 'Missions'],
  ['documents', '/documents', 'Documents'],
  ['search', '/search', 'Search'],
  ['compare', '/compare', 'Compare'],
  ['upload', '/upload', 'Upload'],
];

export function page(options: PageOptions): string {
  const nav = NAVIGATION.map(([key, href, label]) =>
    `<a href="${href}"${key === options.section ? ' aria-current="page"' : ''}>${label}</a>`).join('');
  const scripts = (options.scripts ?? []).map((src) => `<script src="${escapeHtml(src)}" defer></script>`).join('');
  return `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${escapeHtml(options.title)} · Mandate Monitor</title>
<link rel="stylesheet" href="${ASSETS.css}">${scripts}</head>
<body>
<header class="site"><a class="brand" href="/">Mandate Monitor</a><nav>${nav}</nav>
<form class="quick-search" action="/search" method="get" role="search"><input type="search" name="q" placeholder="Search documents" aria-label="Search documents"></form></header>
<main>
${options.body}
</main>
</body></html>
`;
}

/** A table with a header row; cells are HTML already. */
export function table(headers: string[], rows: string[][], options: { className?: string; caption?: string } = {}): string {
  const head = `<tr>${headers.map((h) => `<th scope="col">${h}</th>`).join('')}</tr>`;
  const body = rows.map((row) => `<tr>${row.map((cell) => `<td>${cell}</td>`).join('')}</tr>`).join('\n');
  const caption = options.caption ? `<caption>${options.caption}</caption>` : '';
  return `<table${options.className ? ` class="${options.className}"` : ''}>${caption}<thead>${head}</thead><tbody>\n${body}\n</tbody></table>`;
}

/** The message of a page that could not show what was asked: one clear line. */
export function messagePage(title: string, message: string, section?: PageOptions['section']): string {
  return page({ title, section, body: `<h1>${escapeHtml(title)}</h1><p class="notice">${escapeHtml(message)}</p>` });
}
