/**
 * The comparison of two stored versions: src/compare's own HTML page (side by side and inline redline, changes
 * classified, navigation by paragraph), with the site's navigation and the choice of documents added above it.
 */
import { renderComparisonHtml } from '../../compare/html.js';
import type { Comparison } from '../../compare/index.js';
import type { ListedDocument } from '../../store/queries.js';
import { documentHref, escapeHtml, page } from '../html.js';

export interface CompareChoice {
  a: string;
  b: string;
  av?: number;
  bv?: number;
}

/** The form choosing two documents, offering every stored symbol. */
function chooser(choice: CompareChoice, documents: ListedDocument[], inline: boolean): string {
  const symbols = [...new Set(documents.map((d) => d.symbol).filter((s): s is string => s !== null))].sort();
  const options = symbols.map((s) => `<option value="${escapeHtml(s)}"></option>`).join('');
  const field = (name: 'a' | 'b', label: string) => {
    const version = choice[`${name}v`];
    return `<label>${label} <input name="${name}" list="stored-symbols" value="${escapeHtml(choice[name])}" required size="22"${inline ? ' style="font:inherit"' : ''}></label>`
      + (version ? `<input type="hidden" name="${name}v" value="${version}">` : '');
  };
  const style = inline ? ' style="display:flex;gap:.6em;flex-wrap:wrap;align-items:center;margin:.4em 0"' : ' class="compare-form"';
  return `<form action="/compare" method="get"${style}>${field('a', 'Earlier')}${field('b', 'Later')}<button type="submit">Compare</button><datalist id="stored-symbols">${options}</datalist></form>`;
}

export function compareFormPage(choice: CompareChoice, documents: ListedDocument[], message: string | null): string {
  const body = `<h1>Compare two documents</h1>
<p class="lede">Any two stored versions: a draft and its resolution, a resolution and its renewal, two versions of one symbol.</p>
${chooser(choice, documents, false)}${message ? `<p class="notice">${escapeHtml(message)}</p>` : ''}`;
  return page({ title: 'Compare', section: 'compare', body });
}

/**
 * src/compare's page is self-contained (its own styles and script); the site's bar goes in at the top of its body,
 * styled inline so that neither page's styles reach into the other.
 */
export function comparisonPage(comparison: Comparison, choice: CompareChoice, documents: ListedDocument[]): string {
  const html = renderComparisonHtml(comparison);
  const bar = `<div class="site-bar" style="font:14px/1.4 system-ui,sans-serif;background:#22384f;color:#fff;padding:.5em 1em">`
    + `<a href="/" style="color:#fff;font-weight:600;margin-right:1em">Mandate Monitor</a>`
    + ['/documents Documents', '/search Search', '/compare Compare', '/upload Upload'].map((entry) => {
      const [href, label] = entry.split(' ');
      return `<a href="${href}" style="color:#dfe8f1;margin-right:.8em">${label}</a>`;
    }).join('')
    + `<div style="color:#fff">${chooser(choice, documents, true)}</div>`
    + `<div>Read ${[comparison.left.symbol, comparison.right.symbol].filter((s): s is string => s !== null)
      .map((s) => `<a href="${escapeHtml(documentHref(s))}" style="color:#fff">${escapeHtml(s)}</a>`).join(' · ')}</div></div>`;
  return html.replace(/<body[^>]*>/, (tag) => `${tag}\n${bar}`);
}
