import { describe, expect, it } from 'vitest';
import { compareDocuments } from '../../src/compare/index.js';
import { renderComparisonHtml } from '../../src/compare/html.js';
import { renderComparisonText } from '../../src/compare/terminal.js';
import type { Paragraph } from '../../src/model.js';
import { loadResolution } from './inject.js';

const left = loadResolution(2531);
const right = structuredClone(left);
const paragraphs = right.body.filter((n): n is Paragraph => n.type === 'paragraph');
paragraphs[2]!.text = paragraphs[2]!.text.replace(/\bparties\b/, 'parties <script>alert("x")</script> & co');
paragraphs.splice(5, 1);
right.body = right.body.filter((n) => n.type !== 'paragraph' || paragraphs.includes(n));
const comparison = compareDocuments(left, right);

describe('terminal view', () => {
  it('prints the verdict first and marks changes without colour', () => {
    const text = renderComparisonText(comparison, false);
    const lines = text.split('\n');
    expect(lines[1]).toBe(comparison.verdict);
    expect(text).not.toMatch(/\u001b\[/);
    expect(text).toContain('{+<script>alert("x")</script> & co+}');
    expect(text).toMatch(/Deleted\n {2}6 \(op6\)/);
  });

  it('colours changes when asked', () => {
    expect(renderComparisonText(comparison, true)).toMatch(/\u001b\[/);
  });
});

describe('HTML page', () => {
  const html = renderComparisonHtml(comparison);

  it('escapes all document text', () => {
    expect(html).not.toContain('<script>alert');
    expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; co');
  });

  it('is self-contained: no external assets', () => {
    expect(html).not.toMatch(/<link\b|\bsrc=|url\(|href="(?:https?:)?\/\//);
    expect(html.match(/<script>/g)).toHaveLength(1);
  });

  it('anchors every paragraph on both sides and navigates to the changed ones', () => {
    for (const pair of comparison.pairs) {
      expect(html).toContain(`id="L-${pair.left.id}"`);
      expect(html).toContain(`id="R-${pair.right.id}"`);
    }
    expect(html).toContain(`<a href="#R-${paragraphs[2]!.id}">${paragraphs[2]!.num}</a>`);
    expect(html).toContain('<a href="#L-op6">');
    // one reading order: the deleted paragraph stands between its neighbours
    const at = (anchor: string) => html.indexOf(`id="${anchor}"`);
    expect(at('L-op5')).toBeLessThan(at('L-op6'));
    expect(at('L-op6')).toBeLessThan(at('L-op7'));
    expect(comparison.pairs.map((p) => p.position)).toEqual([...comparison.pairs.map((p) => p.position)].sort((a, b) => a - b));
    expect(html).toContain('data-view="side"');
    expect(html).toContain('data-view="inline"');
  });
});
