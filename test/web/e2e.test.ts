/**
 * The web pages end to end: a store built from the sample corpus, the real server (buildApp) on 127.0.0.1,
 * a real headless Chromium (Debian's, driven by playwright-core). Each page is saved to test-output/screenshots.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/server/app.js';
import { openStore, type Store } from '../../src/store/db.js';
import { expandPaths, ingestDocument, ingestFiles } from '../../src/store/ingest.js';
import { makeDocument } from '../store/documents.js';

const ROOT = join(import.meta.dirname, '../..');
const SCREENSHOTS = join(ROOT, 'test-output/screenshots');
const CORPUS = [join(ROOT, 'corpus/seeds'), join(ROOT, 'corpus/unxml-dev/2020/English')];
/** A resolution of another year, not in the store until the test uploads it. */
const UPLOADED = join(ROOT, 'corpus/unxml-dev/2009/S_RES_1860_N0920432.xml');
const TODAY = '2020-12-31';

const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

let dataDir: string;
/** a file the server must refuse, with its reason shown on its row */
let EMPTY: string;
let store: Store;
let app: FastifyInstance;
let browser: Browser;
let base: string;

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'mandate-web-'));
  EMPTY = join(dataDir, 'empty.txt');
  store = await openStore({ data: join(dataDir, 'db') });
  const { files } = await expandPaths(CORPUS);
  const summary = await ingestFiles(store.db, files);
  expect(summary.ingested).toBeGreaterThan(50);
  // A paragraph carrying markup (the reader must show it as text, never run it), in a document of three pages.
  const markup = makeDocument({
    kind: 'resolution', symbol: 'S/RES/9901 (2031)', date: '2031-01-15', number: 9901,
    paragraphs: [
      'Decides that <script>window.__injected = true</script> & <b>bold</b> are words of this paragraph;',
      ...Array.from({ length: 24 }, (_, i) => `Notes the ${i + 2}th consideration of the matter;`),
    ],
  });
  await ingestDocument(store.db, { ...markup, source: { ...markup.source, pages: 3 } }, 'markup.pdf');
  writeFileSync(EMPTY, '');
  app = await buildApp({ store });
  base = await app.listen({ host: '127.0.0.1', port: 0 });
  browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
  mkdirSync(SCREENSHOTS, { recursive: true });
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await app?.close();
  await store?.close();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

/** Requests a page made to anywhere but the server: the pages must work offline (no CDN, no web font). */
const elsewhere: string[] = [];

async function open(path: string): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  page.on('request', (request) => {
    if (!request.url().startsWith(base) && !request.url().startsWith('data:')) elsewhere.push(request.url());
  });
  const response = await page.goto(base + path);
  expect(response?.status()).toBe(200);
  return page;
}

const shoot = (page: Page, name: string, fullPage = true) => page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage });

describe('web pages in a browser', () => {
  it('home lists the missions with their next reports and links to each', async () => {
    const page = await open(`/?today=${TODAY}`);
    const minusma = page.locator('table.listing a', { hasText: 'MINUSMA' });
    await expect(minusma.count()).resolves.toBe(1);
    expect(await minusma.getAttribute('href')).toBe('/missions/MINUSMA');
    await shoot(page, 'home');
    await page.close();
  });

  it('mission page: the 2017 and 2020 mandates with their expiry, the 13,289 / 1,920 ceilings in the chart', async () => {
    const page = await open(`/missions/MINUSMA?today=${TODAY}`);
    const timeline = page.locator('#timeline');
    const chartTexts = await timeline.locator('svg text').allTextContents();
    expect(chartTexts).toEqual(expect.arrayContaining(['S/RES/2364 (2017)', 'S/RES/2531 (2020)', 'expires 30 June 2018', 'expires 30 June 2021', '13,289', '1,920']));
    // The same figures in the tables under the charts, for readers who cannot see the charts.
    const tables = await timeline.locator('table').allInnerTexts();
    expect(tables.join('\n')).toMatch(/S\/RES\/2364 \(2017\)\s+29 June 2017\s+30 June 2018/);
    expect(tables.join('\n')).toMatch(/S\/RES\/2531 \(2020\)\s+29 June 2020\s+13,289\s+1,920/);
    // Lines differ by dash as well as colour: one of the ceiling lines is dashed.
    expect(await timeline.locator('svg path[stroke-dasharray]').count()).toBeGreaterThan(0);
    await expect(page.locator('.current').innerText()).resolves.toContain('in force until 30 June 2021');
    // Deployment from the report's strength table, against the ceilings.
    const deployment = await page.locator('#deployment').innerText();
    expect(deployment).toContain('S/2017/478');
    expect(deployment).toMatch(/military\s+10,957\s+10,756\s+201\s+13,289\s+82\.5 %/);
    expect(await page.locator('#deployment svg pattern').count()).toBeGreaterThan(0);
    await expect(page.locator('#reports table tbody tr').count()).resolves.toBeGreaterThan(5);
    // The tasks of the mandate in force, each linked to its words in the reader.
    const task = page.locator('#tasks ul.tasks a.num').first();
    expect(await task.getAttribute('href')).toMatch(/^\/documents\/S%2FRES%2F2531%20\(2020\)#op\d+/);
    await expect(page.locator('#tasks ul.tasks li').count()).resolves.toBeGreaterThan(20);
    await expect(page.locator('#votes').innerText()).resolves.toMatch(/S\/RES\/2531 \(2020\)\s+15–0–0/);
    await shoot(page, 'mission');
    await page.close();
  });

  it('compares the draft S/2017/558 with S/RES/2364 (2017): no substantive change', async () => {
    const page = await open(`/compare?a=${encodeURIComponent('S/2017/558')}&b=${encodeURIComponent('S/RES/2364 (2017)')}`);
    await expect(page.locator('.verdict').innerText()).resolves.toBe('no substantive change');
    // Navigable by paragraph number, and the inline view one click away.
    await expect(page.locator('[id="R-op20"]').count()).resolves.toBe(1);
    await page.locator('button[data-view=inline]').click();
    await expect(page.locator('td.inline').first().isVisible()).resolves.toBe(true);
    await page.locator('button[data-view=side]').click();
    await shoot(page, 'compare', false);
    await page.close();
  });

  it('search for "Timbuktu" finds the report, its words highlighted, each hit linked to its paragraph', async () => {
    const page = await open('/');
    await page.locator('header.site input[name=q]').fill('Timbuktu');
    await page.locator('header.site input[name=q]').press('Enter');
    await page.waitForURL(/\/search\?q=Timbuktu/);
    const first = page.locator('li.hit').first();
    await expect(first.locator('.hit-head a').innerText()).resolves.toContain('S/2017/478');
    await expect(first.locator('mark').first().innerText()).resolves.toBe('Timbuktu');
    const href = await first.locator('.hit-head a').getAttribute('href');
    expect(href).toMatch(/^\/documents\/S%2F2017%2F478#p\d+/);
    await shoot(page, 'search');
    await page.goto(base + href!);
    const target = href!.split('#')[1];
    await expect(page.locator(`[id="${target}"]`).innerText()).resolves.toContain('Timbuktu');
    await page.close();
  });

  it('reader: paragraph anchors, facts marked at their words, cited documents linked, original pages shown', async () => {
    const page = await open(`/documents/${encodeURIComponent('S/RES/2364 (2017)')}#op20.a.ii`);
    await expect(page.locator('[id="op20.a.ii"]').count()).resolves.toBe(1);
    const expiry = page.locator('[id="op15"] mark.fact-expiry');
    expect(await expiry.getAttribute('title')).toContain('30 June 2018');
    const ceiling = page.locator('[id="op16"] mark.fact-ceiling').first();
    expect(await ceiling.getAttribute('title')).toContain('13,289');
    expect(await ceiling.innerText()).toContain('13,289');
    // The draft is stored: the link to it from the resolution leads to its reader.
    await expect(page.locator('.links-panel a', { hasText: 'S/2017/558' }).getAttribute('href')).resolves.toBe('/documents/S%2F2017%2F558');
    await expect(page.locator('nav.toc a', { hasText: 'Reports by the Secretary-General' }).count()).resolves.toBe(1);
    await shoot(page, 'reader', false);
    await page.close();

    const report = await open(`/documents/${encodeURIComponent('S/2017/478')}`);
    await expect(report.locator('[id="annex-II"]').innerText()).resolves.toContain('Military and police strength');
    await shoot(report, 'report', false);
    await report.close();

    // Each paragraph of a document of several pages shows the page of the original it was printed on.
    const paged = await open(`/documents/${encodeURIComponent('S/RES/9901 (2031)')}`);
    const pages = await paged.locator('.para .page').allTextContents();
    expect(pages).toHaveLength(25);
    expect([pages[0], pages[10], pages[24]]).toEqual(['p. 1', 'p. 2', 'p. 3']);
    await paged.close();
  });

  it('opens a press summary (no symbol) from the documents list: its figures checked, linked to its resolution and back', async () => {
    const page = await open('/documents');
    const row = page.locator('table.listing tr', { hasText: 'press-summary-2364-en.txt' });
    await row.locator('a', { hasText: '(no symbol)' }).click();
    await page.waitForURL(/\/documents\/id\/\d+$/);
    const summaryPath = new URL(page.url()).pathname;
    await expect(page.locator('h1').innerText()).resolves.toBe('Press summary of 29 June 2017');
    const links = page.locator('.links-panel');
    const resolution = links.locator('a', { hasText: 'S/RES/2364 (2017)' });
    expect(await resolution.getAttribute('href')).toBe('/documents/S%2FRES%2F2364%20(2017)');
    const figures = await links.locator('ul.figures li').allInnerTexts();
    expect(figures).toEqual(['expires 30 June 2018 ✓', 'up to 13,289 military personnel ✓', 'up to 1,920 police personnel ✓']);
    await expect(links.innerText()).resolves.toContain('all 3 agree');
    // The figures are marked where the summary states them.
    await expect(page.locator('.doc-text mark.fact-expiry').first().innerText()).resolves.toContain('30 June 2018');
    await shoot(page, 'press-summary', false);

    await resolution.click();
    await page.waitForURL(/S%2FRES%2F2364/);
    const back = page.locator('.links-panel .checked-link');
    expect(await back.locator('a', { hasText: '(no symbol)' }).getAttribute('href')).toBe(summaryPath);
    await expect(back.locator('ul.figures').innerText()).resolves.toContain('expires 30 June 2018 ✓');
    await back.scrollIntoViewIfNeeded();
    await shoot(page, 'summarised-in', false);

    // The mission page's votes name the summary the 2017 vote was read from, linked by its id.
    await page.goto(`${base}/missions/MINUSMA?today=${TODAY}`);
    const recordedIn = page.locator('#votes tr', { hasText: 'S/RES/2364 (2017)' }).locator(`a[href="${summaryPath}"]`);
    await expect(recordedIn.count()).resolves.toBe(1);

    // A search hit in the summary leads to its page by id, at the paragraph.
    await page.goto(`${base}/search?q=Plateforme&kind=press-release`);
    const hit = page.locator('li.hit .hit-head a').first();
    expect(await hit.getAttribute('href')).toMatch(new RegExp(`^${summaryPath}#p\\d+$`));
    await page.close();
  });

  it('shows markup in a paragraph as text, never runs it', async () => {
    const page = await open(`/documents/${encodeURIComponent('S/RES/9901 (2031)')}`);
    await expect(page.locator('[id="op1"]').innerText()).resolves.toContain('<script>window.__injected = true</script> & <b>bold</b>');
    await expect(page.evaluate(() => (window as unknown as { __injected?: boolean }).__injected)).resolves.toBeUndefined();
    await expect(page.locator('[id="op1"] b').count()).resolves.toBe(0);
    await page.close();
  });

  it('uploads a file with per-file progress, then shows it in the list and the reader', async () => {
    const page = await open('/upload');
    await page.locator('input[type=file]').setInputFiles([UPLOADED, EMPTY]);
    await page.locator('form#upload-form button[type=submit]').click();
    const rows = page.locator('#upload-list li');
    await expect(rows.count()).resolves.toBe(2);
    const stored = rows.nth(0);
    await stored.locator('a').waitFor();
    await expect(stored.innerText()).resolves.toContain('stored');
    await expect(stored.locator('progress').evaluate((bar) => (bar as HTMLProgressElement).value)).resolves.toBe(100);
    const failed = rows.nth(1);
    await failed.locator('.upload-status', { hasText: 'failed' }).waitFor();
    await expect(failed.getAttribute('class')).resolves.toContain('upload-failed');
    await expect(failed.innerText()).resolves.toMatch(/failed: .*empty/);
    await shoot(page, 'upload');
    const symbol = await stored.locator('a').innerText();
    expect(symbol).toBe('S/RES/1860 (2009)');

    await stored.locator('a').click();
    await page.waitForURL(/\/documents\//);
    await expect(page.locator('h1').innerText()).resolves.toBe(symbol);
    await page.goto(`${base}/documents`);
    await expect(page.locator('table.listing a', { hasText: symbol }).count()).resolves.toBe(1);
    // The home page seen before the upload is not served again from memory: the store changed.
    await page.goto(`${base}/?today=${TODAY}`);
    await expect(page.locator('table.listing a', { hasText: symbol }).count()).resolves.toBe(1);
    await page.close();
  });

  it('asked no other host for anything', () => {
    expect(elsewhere).toEqual([]);
  });
});

describe('pages that cannot show what is asked', () => {
  const get = async (path: string) => {
    const response = await fetch(base + path);
    return { status: response.status, type: response.headers.get('content-type'), text: await response.text() };
  };

  it('say so in one line, with the right status', async () => {
    const missing = await get(`/documents/${encodeURIComponent('S/1999/9999')}`);
    expect(missing.status).toBe(404);
    expect(missing.type).toMatch(/^text\/html/);
    expect(missing.text).toContain('S/1999/9999 is not stored');
    const mission = await get('/missions/NOWHERE');
    expect(mission.status).toBe(400);
    expect(mission.text).toContain('no stored resolution is about a mission named &quot;NOWHERE&quot;');
    const compare = await get(`/compare?a=S/2017/558&b=${encodeURIComponent('S/RES/1 (1946)')}`);
    expect(compare.status).toBe(404);
    expect(compare.text).toContain('&quot;S/RES/1 (1946)&quot; is not stored');
    const year = await get('/search?q=Mali&year=20x0');
    expect(year.status).toBe(200);
    expect(year.text).toContain('the year must have four digits, not &quot;20x0&quot;');
    const version = await get(`/documents/${encodeURIComponent('S/2017/558')}?version=0`);
    expect(version.status).toBe(400);
    expect(version.text).toContain('version: expected a positive whole number, not &quot;0&quot;');
    expect((await get('/missions/MINUSMA?today=2020-13-01')).text).toContain('today: expected a date as YYYY-MM-DD');
    const unknownId = await get('/documents/id/99999');
    expect(unknownId.status).toBe(404);
    expect(unknownId.text).toContain('document number 99999 is not stored');
    const badId = await get('/documents/id/first');
    expect(badId.status).toBe(400);
    expect(badId.text).toContain('id: expected a positive whole number, not &quot;first&quot;');
  });

  it('read a symbol typed with its slashes as well as URL-encoded', async () => {
    const typed = await get('/documents/S/2017/558');
    expect(typed.status).toBe(200);
    expect(typed.text).toContain('<h1>S/2017/558</h1>');
  });

  it('serve their stylesheet and script from the same origin', async () => {
    const css = await get('/assets/web.css');
    expect(css.type).toMatch(/^text\/css/);
    expect(css.text).toContain('font');
    expect((await get('/assets/upload.js')).text).toContain('XMLHttpRequest');
  });
});
