/**
 * Text with marks and links laid over character spans, rendered as safe HTML: the text is cut at every span edge,
 * each piece escaped, then wrapped in the marks and the link that cover it. Overlapping spans are allowed.
 */
import { escapeHtml } from './html.js';
import { SNIPPET_MARKS } from '../store/search.js';
import escapeRegExp from 'escape-string-regexp';

export interface Annotation {
  span: [number, number];
  /** a <mark> with this title (what the fact says), or a link to `href` */
  mark?: { title: string; kind: string };
  href?: string;
  /** tooltip of a link */
  linkTitle?: string;
  /** set in italics: the opening words of a paragraph */
  emphasis?: true;
}

export function annotate(text: string, annotations: Annotation[]): string {
  const valid = annotations
    .map((a) => ({ ...a, span: [Math.max(0, a.span[0]), Math.min(text.length, a.span[1])] as [number, number] }))
    .filter((a) => a.span[1] > a.span[0])
    .sort((a, b) => b.span[1] - b.span[0] - (a.span[1] - a.span[0]));
  if (valid.length === 0) return escapeHtml(text);
  const edges = [...new Set([0, text.length, ...valid.flatMap((a) => a.span)])].sort((a, b) => a - b);
  let html = '';
  for (let i = 0; i + 1 < edges.length; i++) {
    const [start, end] = [edges[i], edges[i + 1]];
    const covering = valid.filter((a) => a.span[0] <= start && a.span[1] >= end);
    let piece = escapeHtml(text.slice(start, end));
    const link = covering.find((a) => a.href);
    if (link) piece = `<a href="${escapeHtml(link.href!)}"${link.linkTitle ? ` title="${escapeHtml(link.linkTitle)}"` : ''}>${piece}</a>`;
    if (covering.some((a) => a.emphasis)) piece = `<em>${piece}</em>`;
    const marks = covering.filter((a) => a.mark).map((a) => a.mark!);
    if (marks.length) {
      // The narrowest fact names the piece's colour; the title lists every fact read from these words.
      const kind = marks.at(-1)!.kind;
      piece = `<mark class="fact fact-${escapeHtml(kind)}" title="${escapeHtml(marks.map((m) => m.title).join('\n'))}">${piece}</mark>`;
    }
    html += piece;
  }
  return html;
}

/**
 * A search snippet with its matches highlighted: the store marks them (SNIPPET_MARKS); the snippet is escaped
 * first, then each marked run becomes a <mark>. An unpaired marker is shown as it is.
 */
export function highlightSnippet(snippet: string, open: string = SNIPPET_MARKS.open, close: string = SNIPPET_MARKS.close): string {
  const escaped = escapeHtml(snippet);
  const pattern = new RegExp(`${escapeRegExp(escapeHtml(open))}([^]*?)${escapeRegExp(escapeHtml(close))}`, 'g');
  return escaped.replace(pattern, (_, inner: string) => `<mark>${inner}</mark>`);
}
