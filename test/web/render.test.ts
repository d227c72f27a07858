/** The HTML the pages are built from, without a server: escaping, marks, links, charts. */
import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../src/facts/index.js';
import { checkSummary } from '../../src/facts/summary.js';
import { annotate, highlightSnippet } from '../../src/web/annotate.js';
import { ceilingsChart, deploymentChart, mandateTimelineChart } from '../../src/web/charts.js';
import { documentsPage } from '../../src/web/pages/lists.js';
import { citedSymbols, readerPage } from '../../src/web/pages/reader.js';
import type { StoredDocument } from '../../src/store/queries.js';
import type { UNDocument } from '../../src/model.js';
import { makeDocument } from '../store/documents.js';

function stored(document: UNDocument): StoredDocument {
  return {
    id: 1, symbol: document.symbol, kind: document.kind, language: document.language, date: document.date, version: 1,
    fileName: 'test.xml', ingestedAt: '2031-01-01T00:00:00Z', document,
    facts: document.kind === 'resolution' ? extractFacts(document) : null,
    versions: [{ version: 1, sha256: document.source.sha256, ingestedAt: '2031-01-01T00:00:00Z' }], linksOut: [], linksIn: [],
  };
}

describe('annotate', () => {
  it('escapes every piece and lays overlapping marks and links over the right words', () => {
    const text = 'Decides <b>that</b> up to 13,289 military personnel & 1,920 police';
    const html = annotate(text, [
      { span: [0, text.length], mark: { title: 'task: the whole paragraph', kind: 'task' } },
      { span: [text.indexOf('13,289'), text.indexOf(' military')], mark: { title: 'ceiling: "13,289"', kind: 'ceiling' } },
      { span: [0, 7], emphasis: true },
    ]);
    expect(html).not.toContain('<b>');
    expect(html).toContain('&lt;b&gt;that&lt;/b&gt;');
    expect(html).toContain('&amp; 1,920');
    // The ceiling's words carry both facts, the narrowest naming the class; quotes in titles are escaped.
    expect(html).toMatch(/<mark class="fact fact-ceiling" title="task: the whole paragraph\nceiling: &quot;13,289&quot;">13,289<\/mark>/);
    expect(html).toMatch(/^<mark class="fact fact-task" [^>]*><em>Decides<\/em><\/mark>/);
    // Nothing lost or doubled: the text read back is the text given.
    expect(html.replace(/<[^>]+>/g, '').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&')).toBe(text);
  });

  it('drops empty and out-of-range spans, and returns plain escaped text without annotations', () => {
    expect(annotate('a < b', [])).toBe('a &lt; b');
    expect(annotate('abc', [{ span: [2, 2], href: '#x' }, { span: [1, 99], href: '/documents/x' }])).toBe('a<a href="/documents/x">bc</a>');
  });
});

describe('highlightSnippet', () => {
  it('marks the words between the store\'s markers after escaping the snippet', () => {
    expect(highlightSnippet('the <i>⟦Timbuktu⟧</i> region and ⟦Gao⟧')).toBe('the &lt;i&gt;<mark>Timbuktu</mark>&lt;/i&gt; region and <mark>Gao</mark>');
  });

  it('leaves an unpaired marker as text', () => {
    expect(highlightSnippet('only ⟦open here')).toBe('only ⟦open here');
    expect(highlightSnippet('« guillemets » of French text')).toBe('« guillemets » of French text');
  });
});

describe('readerPage', () => {
  const doc = makeDocument({
    kind: 'resolution', symbol: 'S/RES/9100 (2031)', date: '2031-06-29', number: 9100,
    preamble: ['Recalling its resolution 9001 (2030) and its resolution 9002 (2030),'],
    paragraphs: [
      'Decides to extend the mandate of the United Nations Mission in Northland (UNMINO) until 30 June 2032;',
      'Decides that UNMINO shall comprise up to 4,000 military personnel and 500 police personnel;',
      ['Decides that <script>alert(1)</script> shall be read as text:', 'first <img src=x onerror=alert(2)> item;'],
    ],
  });
  const html = readerPage(stored(doc), { stored: new Set(['S/RES/9001 (2030)']) });

  it('escapes the text of paragraphs and items', () => {
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('&lt;img src=x onerror=alert(2)&gt;');
    expect(html).not.toMatch(/<script>alert|<img src=x/);
  });

  it('anchors paragraphs and items by their model ids', () => {
    expect(html).toContain('id="op2"');
    expect(html).toContain('id="op3.a"');
    expect(html).toContain('href="#op3.a"');
  });

  it('links cited documents that are stored, and only those', () => {
    expect(citedSymbols(doc)).toEqual(['S/RES/9001 (2030)', 'S/RES/9002 (2030)']);
    expect(html).toContain('<a href="/documents/S%2FRES%2F9001%20(2030)" title="read S/RES/9001 (2030)">9001 (2030)</a>');
    expect(html).not.toContain('S%2FRES%2F9002');
  });

  it('marks the expiry and the ceilings at their words, saying the fact in the title', () => {
    expect(html).toMatch(/<mark class="fact fact-expiry" title="expiry: the mandate runs until 30 June 2032[^"]*">[^<]*30 June 2032/);
    expect(html).toMatch(/<mark class="fact fact-ceiling" title="ceiling: up to 4,000 military personnel">[^<]*4,000 military personnel/);
  });
});

describe('a press summary and its resolution', () => {
  const resolution = makeDocument({
    kind: 'resolution', symbol: 'S/RES/9100 (2031)', date: '2031-06-29', number: 9100,
    paragraphs: [
      'Decides to extend the mandate of the United Nations Mission in Northland (UNMINO) until 30 June 2032;',
      'Decides that UNMINO shall comprise up to 4,000 military personnel and 500 police personnel;',
    ],
  });
  const summary = makeDocument({
    kind: 'press-release', symbol: null, date: '2031-06-29', title: 'Council renews Northland mission',
    paragraphs: ['Adopting resolution 9100 (2031), the Council decided to extend the mandate of UNMINO until 30 June 2032, with up to 4,500 military personnel.'],
  });
  const figures = checkSummary(summary, extractFacts(resolution));
  const summaryId = 7;
  const resolutionId = 3;
  const evidence = { rule: 'citation' as const, paragraph: 'p1', span: [10, 27] as [number, number], text: '9100 (2031)', figures };
  const summaryPage = readerPage({ ...stored(summary), id: summaryId, linksOut: [{ kind: 'summarises', symbol: resolution.symbol, documentId: resolutionId, stored: true, evidence }] }, { stored: new Set() });
  const resolutionPage = readerPage({ ...stored(resolution), id: resolutionId, linksIn: [{ kind: 'summarises', symbol: null, documentId: summaryId, stored: true, evidence }] }, { stored: new Set() });

  it('checks the figures the summary states: the expiry agrees, the military ceiling does not', () => {
    expect(figures.checks.map((c) => [c.figure, c.agrees])).toEqual([['expires', true], ['military', false]]);
  });

  it("shows the check on the summary's page: ✓, or ✗ with what the resolution says, linked to its words", () => {
    const panel = summaryPage.slice(summaryPage.indexOf('<section class="links-panel">'), summaryPage.indexOf('</section>', summaryPage.indexOf('<section class="links-panel">')));
    expect(panel).toContain('<dt>Summarises</dt>');
    expect(panel).toContain('<a href="/documents/S%2FRES%2F9100%20(2031)">S/RES/9100 (2031)</a>');
    expect(panel).toContain('1 of 2 differs');
    expect(panel).toMatch(/<li class="figure figure-agrees"><a href="\/documents\/id\/7#p1">expires 30 June 2032<\/a> <span class="check"[^>]*>✓<\/span><\/li>/);
    expect(panel).toMatch(/<a href="\/documents\/id\/7#p1">up to 4,500 military personnel<\/a> <span class="check"[^>]*>✗<\/span> <a href="\/documents\/S%2FRES%2F9100%20\(2031\)#op2">the resolution says 4,000<\/a>/);
    // The figures are marked at the summary's words; a mismatch stands out.
    expect(summaryPage).toMatch(/<mark class="fact fact-mismatch" title="up to 4,500 military personnel: the resolution says 4,000">[^<]*4,500 military personnel/);
    expect(summaryPage).toContain('<a href="/api/documents/id/7">JSON</a>');
    expect(summaryPage).toContain('<h1>Council renews Northland mission</h1>');
  });

  it("shows the summary under the resolution's links, by its id, with the same check", () => {
    expect(resolutionPage).toContain('<dt>Summarised in</dt><dd><div class="checked-link"><a href="/documents/id/7"');
    expect(resolutionPage).toContain('up to 4,500 military personnel</a> <span class="check" title="differs from the resolution">✗</span>');
  });
});

describe('documentsPage', () => {
  const listed = (id: number, symbol: string | null, language: 'en' | 'fr', version: number) => ({
    id, symbol, kind: 'resolution' as const, language, date: '2031-06-29', version, fileName: `${id}.xml`, ingestedAt: '2031-07-01T00:00:00Z',
  });
  const html = documentsPage([listed(1, 'S/RES/9100 (2031)', 'en', 1), listed(2, 'S/RES/9100 (2031)', 'en', 2), listed(3, 'S/RES/9100 (2031)', 'fr', 1), listed(4, null, 'en', 1)]);
  const hrefs = [...html.matchAll(/<td><a href="([^"]+)"/g)].map((m) => m[1]);

  it('links each listed version to itself: its language, an older version, by id without a symbol', () => {
    expect(hrefs).toEqual([
      '/documents/S%2FRES%2F9100%20(2031)?version=1',
      '/documents/S%2FRES%2F9100%20(2031)',
      '/documents/S%2FRES%2F9100%20(2031)?language=fr',
      '/documents/id/4',
    ]);
    expect(html).toContain('>(no symbol)</a>');
  });
});

describe('charts', () => {
  const resolutions = [
    { symbol: 'S/RES/9001 (2030)', date: '2030-06-29', expires: '2031-06-30', ceilings: [{ component: 'military' as const, max: 4000 }, { component: 'police' as const, max: 500 }], tasks: 3 },
    { symbol: 'S/RES/9100 (2031)', date: '2031-06-29', expires: '2032-06-30', ceilings: [{ component: 'military' as const, max: 3500 }, { component: 'police' as const, max: 500 }], tasks: 4 },
  ];

  it('labels every ceiling with its value, tells the lines apart by dash, and tables the data', () => {
    const html = ceilingsChart(resolutions);
    const svg = html.slice(html.indexOf('<svg'), html.indexOf('</svg>'));
    for (const value of ['4,000', '3,500', '500']) expect(svg).toContain(`>${value}<`);
    expect(svg).toContain('stroke-dasharray');
    expect(html).toMatch(/<table class="data">[^]*S\/RES\/9100 \(2031\)[^]*3,500[^]*500/);
  });

  it('draws each mandate from adoption to expiry, with today marked', () => {
    const svg = mandateTimelineChart(resolutions, '2031-12-31');
    expect(svg).toContain('expires 30 June 2032');
    expect(svg).toContain('today 31 December 2031');
  });

  it('fills the bars of deployment with patterns, not colour alone', () => {
    const html = deploymentChart([{ component: 'military', deployed: { men: 3000, women: 200, total: 3200 }, ceiling: null, percentOfCeiling: null, womenPercent: 6.3 }], '2031-05-01');
    expect(html).toContain('<pattern');
    expect(html).toContain('>3,200<');
    expect(html).toContain('as at 1 May 2031');
  });
});
