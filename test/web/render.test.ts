/** The HTML the pages are built from, without a server: escaping, marks, links, charts. */
import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../src/facts/index.js';
import { annotate, highlightSnippet } from '../../src/web/annotate.js';
import { ceilingsChart, deploymentChart, mandateTimelineChart } from '../../src/web/charts.js';
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
