import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { importAkn } from '../../src/akn/import.js';
import { InputError } from '../../src/errors.js';
import type { Item, Paragraph, UNDocument } from '../../src/model.js';
import { DEV_SET, englishFiles, filesIn2020, IRREGULAR_FILES, LANGUAGE_FOLDERS } from './corpus.js';
import { aknResolution, para } from './fixture.js';

const read = (file: string) => importAkn(readFileSync(file, 'utf8'), 'sha');
const paragraphs = (doc: UNDocument) => doc.body.filter((node): node is Paragraph => node.type === 'paragraph');

describe('importAkn on the dev set', () => {
  const english = englishFiles().map((file) => ({ file, doc: read(file) }));

  it('imports every English file as a resolution or presidential statement with its metadata', () => {
    expect(english.length).toBe(680);
    for (const { file, doc } of english) {
      const resolution = basename(file).startsWith('S_RES_');
      expect(doc.kind, file).toBe(resolution ? 'resolution' : 'presidential-statement');
      expect(doc.language, file).toBe('en');
      expect(doc.symbol, file).toMatch(resolution ? /^S\/RES\/\d+ \(\d{4}\)$/ : /^S\/PRST\/\d{4}\/\d+$/);
      expect(doc.date, file).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(paragraphs(doc).length, file).toBeGreaterThan(0);
      expect(doc.source).toEqual({ format: 'akn', sha256: 'sha', pages: 1 });
    }
  });

  it('numbers the operative paragraphs of every English resolution 1..N (unnumbered ones aside)', () => {
    const broken = english
      .filter(({ file }) => !IRREGULAR_FILES[basename(file)])
      .filter(({ doc }) => {
        const nums = paragraphs(doc).map((p) => p.num).filter(Boolean);
        return !nums.every((num, i) => num === String(i + 1));
      })
      .map(({ file }) => basename(file));
    expect(broken).toEqual([]);
  });

  it('finds the meeting of every resolution adopted at a meeting (2000–2009) and the vote of every resolution', () => {
    const resolutions = english.filter(({ doc }) => doc.kind === 'resolution');
    const meetingless = resolutions.filter(({ doc }) => doc.date! < '2020' && !doc.meeting).map(({ file }) => basename(file));
    expect(meetingless).toEqual([]);
    const voteless = resolutions.filter(({ doc }) => !doc.adoption?.votes).map(({ file }) => basename(file));
    expect(voteless).toEqual([]);
    expect(resolutions.every(({ doc }) => doc.adoption?.draft?.startsWith('S/'))).toBe(true);
  });

  it('gives every paragraph and item a unique id', () => {
    for (const { file, doc } of english) {
      const ids: string[] = [...doc.preamble.map((p) => p.id), ...doc.body.map((n) => n.id)];
      const visit = (items: Item[]) => items.forEach((item) => { ids.push(item.id); visit(item.items); });
      paragraphs(doc).forEach((p) => visit(p.items));
      expect(new Set(ids).size, file).toBe(ids.length);
    }
  });

  for (const [folder, language] of Object.entries(LANGUAGE_FOLDERS)) {
    it(`imports all 2020 files in ${folder} with language "${language}"`, () => {
      const files = filesIn2020(folder as keyof typeof LANGUAGE_FOLDERS);
      expect(files.length).toBeGreaterThanOrEqual(57);
      for (const file of files) expect(read(file).language, file).toBe(language);
    });
  }

  it('gives each translation of a 2020 resolution the structure of the English one, for most resolutions', () => {
    const shape = (doc: UNDocument) => {
      const tree = (items: Item[]): unknown => items.map((i) => [/^[-]?$/.test(i.num) ? i.num : 'n', tree(i.items)]);
      return JSON.stringify([doc.preamble.length, paragraphs(doc).map((p) => [p.num, tree(p.items)])]);
    };
    const english2020 = new Map(filesIn2020('English').map((file) => read(file)).map((doc) => [doc.symbol, shape(doc)]));
    for (const folder of ['French', 'Spanish', 'Russian', 'Chinese', 'Arabic'] as const) {
      const docs = filesIn2020(folder).map(read).filter((doc) => english2020.has(doc.symbol));
      const same = docs.filter((doc) => english2020.get(doc.symbol) === shape(doc)).length;
      // Measured: 52 to 55 of 57; the rest differ in the UN’s markup between languages.
      expect(same / docs.length, folder).toBeGreaterThan(0.85);
    }
  });

  it('reads resolution 2531 (2020): metadata, adoption by letter, titled tasks', () => {
    const doc = read(join(DEV_SET, '2020/English/S_RES_2531 (2020)-2008609E.xml'));
    expect(doc).toMatchObject({ kind: 'resolution', symbol: 'S/RES/2531 (2020)', number: 2531, date: '2020-06-29', meeting: null, formula: 'The Security Council,' });
    expect(doc.adoption).toMatchObject({ draft: 'S/2020/600', sponsors: ['France'], record: 'S/2020/613', chapterVII: true, outcome: 'Adopted unanimously; voting by mail' });
    expect(doc.adoption?.votes?.inFavour).toHaveLength(15);
    expect(doc.adoption?.votes?.unanimous).toBe(true);
    expect(doc.preamble[0]).toMatchObject({ id: 'pre1', opener: 'Recalling' });
    const tasks = paragraphs(doc).find((p) => p.num === '28')!;
    expect(tasks.opener).toBe('Decides');
    expect(tasks.items.map((i) => i.num)).toEqual(['(a)', '(b)', '(c)', '(d)', '(e)', '(f)']);
    expect(tasks.items[5]).toMatchObject({ id: 'op28.f', title: 'Humanitarian assistance', text: expect.stringMatching(/^In support of the Malian authorities/), items: [] });
    expect(tasks.items[0]).toMatchObject({ title: 'Support to the implementation of the Agreement on Peace and Reconciliation in Mali', text: '' });
    expect(tasks.items[0].items[2].items.map((i) => i.id)).toEqual(['op28.a.iii.d1', 'op28.a.iii.d2', 'op28.a.iii.d3', 'op28.a.iii.d4']);
    const headings = doc.body.filter((node) => node.type === 'heading').map((node) => node.text);
    expect(headings).toContain('MINUSMA’s mandate');
  });

  it('reads the presidential statement: no numbers, the introduction as its formula', () => {
    const doc = read(join(DEV_SET, '2020/English/S_PRST_2020_11.xml'));
    expect(doc).toMatchObject({ kind: 'presidential-statement', symbol: 'S/PRST/2020/11', title: 'Statement by the President of the Security Council' });
    expect(doc.formula).toMatch(/^On 4 December 2020, .* on behalf of the Council:$/);
    expect(paragraphs(doc)).toHaveLength(19);
    expect(paragraphs(doc).map((p) => p.id).slice(0, 2)).toEqual(['p1', 'p2']);
  });

  it('points provenance spans at the elements in the XML', () => {
    const file = join(DEV_SET, '2000/S_RES_1285_N0023963.xml');
    const xml = readFileSync(file, 'utf8');
    const doc = importAkn(xml, 'x');
    const [start, end] = doc.preamble[0].source!.span;
    expect(xml.slice(start, end)).toMatch(/^<container name="Recalling"[^]*<\/container>$/);
    expect(doc.preamble[0].source!.pages).toEqual([1, 1]);
  });
});

describe('importAkn normalises irregular markup', () => {
  const body = (markup: string, preamble = '') => paragraphs(importAkn(aknResolution(markup, preamble), 'x'));
  const tree = (items: Item[]): unknown[] => items.map((i) => (i.items.length ? [i.num, tree(i.items)] : i.num));

  it('joins a number marked alone to the text block that follows it', () => {
    const [first, second] = body(`${para('1.', '')}<paragraph class="ListParagraph"><content><p> <span class="underline">Decides</span> to act;</p></content></paragraph>${para('2.', 'Requests more;')}`);
    expect(first).toMatchObject({ id: 'op1', num: '1', text: 'Decides to act;', opener: 'Decides' });
    expect(second).toMatchObject({ num: '2', text: 'Requests more;' });
  });

  it('puts items marked as body paragraphs under their paragraph, roman numerals under the letter that introduces them', () => {
    const [first, second] = body(
      para('1.', 'Decides as follows:') + para('(a)', 'first;') + para('(b)', 'second, notably:') + para('(i)', 'one;') + para('(ii)', 'two;') +
        para('(c)', 'third;') + para('2.', 'Requests:') + para('–', 'a dash;') + para('–', 'another.'),
    );
    expect(tree(first.items)).toEqual(['(a)', ['(b)', ['(i)', '(ii)']], '(c)']);
    expect(first.items[1].items[1].id).toBe('op1.b.ii');
    expect(tree(second.items)).toEqual(['-', '-']);
    expect(second.items.map((i) => i.id)).toEqual(['op2.d1', 'op2.d2']);
  });

  it('reads "(i)" after "(h)" as a letter', () => {
    const letters = 'abcdefghij'.split('').map((l) => para(`(${l})`, `${l};`)).join('');
    expect(tree(body(para('1.', 'Decides:') + letters)[0].items)).toEqual('abcdefghij'.split('').map((l) => `(${l})`));
  });

  it('takes a number printed inside the text as the label, and restores a number missing from the sequence', () => {
    const nums = body(para('1.', 'Decides;') + para('', '2 Requests;') + para('', 'Urges all;') + para('4.', 'Decides to remain seized.')).map((p) => p.num);
    expect(nums).toEqual(['1', '2', '3', '4']);
  });

  it('takes out operative paragraphs nested as points of the paragraph before', () => {
    const nested = `<paragraph><num>1.</num><list><intro><p>Decides:</p></intro>
      <point><num>(a)</num><content><p>that States shall act;</p></content></point>
      <sublist><point><num>2.</num><content><p>Requests a report;</p></content></point><point><num>3.</num><content><p>Decides to remain seized.</p></content></point></sublist>
    </list></paragraph>`;
    const result = body(nested);
    expect(result.map((p) => [p.num, p.text])).toEqual([['1', 'Decides:'], ['2', 'Requests a report;'], ['3', 'Decides to remain seized.']]);
    expect(result[0].items.map((i) => [i.num, i.items.length])).toEqual([['(a)', 0]]);
  });

  it('joins a block opening in lower case to the paragraph before it', () => {
    const [only] = body(para('1.', 'Decides that all States shall,') + para('', 'in accordance with law, act;'));
    expect(only.text).toBe('Decides that all States shall, in accordance with law, act;');
  });

  it('reads sublists marked as siblings of their point as its items, and titled points', () => {
    const [tasks] = body(`<paragraph><num>3.</num><list><intro><p>Decides that the mandate shall be:</p></intro>
      <point><num>(a)</num><content><p><span class="italic">Protection of civilians</span></p></content></point>
      <sublist><point><num>(i)</num><content><p>To protect;</p></content></point><point><num>(ii)</num><content><p>To deter;</p></content></point></sublist>
      <point><num>(b)</num><content><p><span class="bold">Humanitarian assistance</span></p></content></point>
      <sublist><point><content><p>To support delivery;</p></content></point></sublist>
    </list></paragraph>`);
    expect(tasks.items[0]).toMatchObject({ id: 'op3.a', title: 'Protection of civilians', text: '' });
    expect(tree(tasks.items[0].items)).toEqual(['(i)', '(ii)']);
    expect(tasks.items[1]).toMatchObject({ id: 'op3.b', title: 'Humanitarian assistance', text: 'To support delivery;', items: [] });
  });

  it('makes unpunctuated text over sub-items a title, however long, partly emphasised or opening in lower case', () => {
    const [tasks] = body(`<paragraph><num>2.</num><list><intro><p>Decides:</p></intro>
      <point><num>(a)</num><content><p>phase II (post-electoral phase)</p></content></point>
      <sublist><point><num>–</num><content><p>The Office will continue its good offices;</p></content></point></sublist>
      <point><num>(b)</num><content><p><span class="bold">Support to stabilisation and the strengthening of State institutions, </span>in order to establish functional, professional and accountable state institutions, including security and judicial institutions</p></content></point>
      <sublist><point><num>(i)</num><content><p>To coordinate;</p></content></point></sublist>
    </list></paragraph>`);
    expect(tasks.items.map((i) => [i.num, i.title, i.text])).toEqual([
      ['(a)', 'phase II (post-electoral phase)', ''],
      ['(b)', 'Support to stabilisation and the strengthening of State institutions, in order to establish functional, professional and accountable state institutions, including security and judicial institutions', ''],
    ]);
  });

  it('reads an item label printed in the text without its opening parenthesis, in Cyrillic letters that look Latin', () => {
    const point = (num: string, text: string) => `<point><num>${num}</num><content><p>${text}</p></content></point>`;
    const [tasks] = paragraphs(importAkn(aknResolution(`<paragraph><num>3.</num><list><intro><p>призывает правительство:</p></intro>
      ${point('a)', 'сформировать механизм;')}${point('b)', 'возбуждать разбирательства;')}</list></paragraph>
      ${para('', 'с)\tподготовить стратегию;')}${para('d)', 'обмениваться информацией;')}`, '', 'rus'), 'x'));
    expect(tasks.items.map((i) => [i.num, i.id, i.text])).toEqual([
      ['(a)', 'op3.a', 'сформировать механизм;'],
      ['(b)', 'op3.b', 'возбуждать разбирательства;'],
      ['(с)', 'op3.c', 'подготовить стратегию;'],
      ['(d)', 'op3.d', 'обмениваться информацией;'],
    ]);
  });

  it('lifts a part nested under the last item of the part before it ("II." inside "(b)" under "I.")', () => {
    const point = (num: string, text: string) => `<point><num>${num}</num><content><p>${text}</p></content></point>`;
    const [mandate] = body(`<paragraph><num>7.</num><list><intro><p>Decides that the mandate shall be:</p></intro>
      ${point('I.', 'Secure Environment:')}<sublist>${point('(a)', 'to ensure security;')}${point('(b)', 'to protect civilians;')}
      <sublist>${point('II.', 'Political Process:')}<sublist>${point('(a)', 'to support dialogue;')}</sublist>${point('III.', 'Human Rights:')}</sublist></sublist>
    </list></paragraph>`);
    expect(tree(mandate.items)).toEqual([['I.', ['(a)', '(b)']], ['II.', ['(a)']], 'III.']);
  });

  it('gives a part lifted out of the sublist before it the sublist the markup gave that part ("(iii)" inside "(ii)", then "a.")', () => {
    const point = (num: string, text: string) => `<point><num>${num}</num><content><p>${text}</p></content></point>`;
    const [mandate] = body(`<paragraph><num>2.</num><list><intro><p>Decides that the mandate shall be:</p></intro>
      ${point('i)', 'Assistance to the political transition')}<sublist>${point('a.', 'to support;')}</sublist>
      ${point('ii)', 'Support to peace processes')}<sublist>${point('a.', 'to provide good offices;')}${point('b.', 'to support;')}${point('(iii)', 'Assistance to peacebuilding')}</sublist>
      <sublist>${point('a.', 'to support peacebuilding;')}${point('b.', 'to assist;')}</sublist>${point('(iv)', 'Support to mobilisation')}
    </list></paragraph>`);
    expect(tree(mandate.items)).toEqual([['(i)', ['(a)']], ['(ii)', ['(a)', '(b)']], ['(iii)', ['(a)', '(b)']], '(iv)']);
  });

  it('reads a title left a plain paragraph between a finished list and the next paragraph as a heading', () => {
    const point = (num: string, text: string) => `<point>${num ? `<num>${num}</num>` : ''}<content><p>${text}</p></content></point>`;
    const doc = importAkn(aknResolution(`<paragraph><num>29.</num><list><intro><p>还授权稳定团执行以下其他工作：</p></intro>
      ${point('(a)', '与各制裁委员会合作')}<sublist>${point('', '向制裁委员会提供协助；')}${point('', '向监测组提供协助。')}</sublist></list></paragraph>
      ${para('', '萨赫勒区域的其他安全力量')}${para('30.', '请秘书长确保充分协调。')}`, '', 'zho'), 'x');
    expect(doc.body.map((node) => (node.type === 'heading' ? `heading ${node.text}` : node.num))).toEqual(['29', 'heading 萨赫勒区域的其他安全力量', '30']);
    expect(paragraphs(doc)[0].items[0].items.map((i) => i.text)).toEqual(['向制裁委员会提供协助；', '向监测组提供协助。']);
  });

  it('reads caseless group titles ending with a colon, each group running on to the items that continue its numbering', () => {
    const point = (num: string, text: string) => `<point>${num ? `<num>${num}</num>` : ''}<content><p>${text}</p></content></point>`;
    const [tasks] = paragraphs(importAkn(aknResolution(`<paragraph><num>32.</num><list><intro><p>还授权稳定团执行下列任务：</p></intro>
      ${point('(e)', '支持国家和国际司法')}<sublist>${point('㈠', '帮助加强司法独立；')}
      ${point('', '特别刑事法院：')}<sublist>${point('㈡', '提供技术援助；')}</sublist>${point('㈢', '协助协调支助；')}
      ${point('', '法治：')}<sublist>${point('㈣', '建设刑事司法系统能力；')}</sublist>${point('㈤', '支持恢复公共安全；')}</sublist>
    </list></paragraph>`, '', 'zho'), 'x'));
    expect(tasks.items[0].items.map((i) => [i.num, i.title, i.items.map((sub) => sub.num)])).toEqual([
      ['㈠', undefined, []],
      ['', '特别刑事法院：', ['㈡', '㈢']],
      ['', '法治：', ['㈣', '㈤']],
    ]);
  });

  it('makes group titles the markup nested each inside the group before siblings, heading the items after them', () => {
    const point = (num: string, text: string) => `<point><num>${num}</num><content><p>${text}</p></content></point>`;
    const title = (text: string) => `<point><intro><p><span class="italic">${text}</span></p></intro></point>`;
    const [mandate] = body(`<paragraph><num>1.</num><list><intro><p>Decides that the mandate shall be:</p></intro>
      ${point('(i)', 'To protect civilians;')}<sublist><intro><p><span class="italic">Stabilisation</span></p></intro>
      <sublist>${point('(a)', 'To coordinate;')}${title('Root causes')}<sublist>${point('(b)', 'To mediate;')}${title('Reform')}
      <sublist>${point('(c)', 'To advise;')}</sublist>${point('(d)', 'To support;')}</sublist></sublist></sublist>
    </list></paragraph>`);
    const groups = mandate.items[0].items;
    expect(groups.map((g) => [g.title, g.items.map((i) => i.num)])).toEqual([['Stabilisation', ['(a)']], ['Root causes', ['(b)']], ['Reform', ['(c)', '(d)']]]);
    // A title closing the group before heads the items after that group.
    const [court] = body(`<paragraph><num>2.</num><list><intro><p>Decides that the mandate shall be:</p></intro>
      ${point('(i)', 'To protect;')}<point><intro><p>Urgent temporary measures:</p></intro></point>
      <sublist>${point('(ii)', 'To arrest;')}<point><content><p>Special Criminal Court:</p></content></point></sublist>${point('(iii)', 'To assist the Court;')}
    </list></paragraph>`);
    expect(court.items.map((i) => [i.num, i.title ?? i.text, i.items.map((sub) => sub.num)])).toEqual([
      ['(i)', 'To protect;', []], ['', 'Urgent temporary measures:', ['(ii)']], ['', 'Special Criminal Court:', ['(iii)']],
    ]);
  });

  it('makes a heading met inside a list the title of a group of the items that follow', () => {
    const [mandate] = body(
      para('1.', 'Decides that the mission shall have the following mandate:') + '<paragraph class="H4"><subheading>Monitoring</subheading></paragraph>' +
        para('(a)', 'To observe;') + para('(b)', 'To liaise;') + '<paragraph class="H4"><subheading>Disarmament</subheading></paragraph>' + para('(c)', 'To assist;'),
    );
    expect(mandate.items.map((i) => [i.title, tree(i.items)])).toEqual([['Monitoring', ['(a)', '(b)']], ['Disarmament', ['(c)']]]);
  });

  it('reads an unnumbered line ending with ":" between items as the title of the group that follows', () => {
    const [mandate] = body(
      para('3.', 'Decides that the mission shall have the following mandate:') + para('', 'Support for the Ceasefire:') + para('(a)', 'to observe;') +
        para('(b)', 'to liaise;') + para('', 'Protection of Staff:') + para('(c)', 'to protect;') + para('4.', 'Demands.'),
    );
    expect(mandate.items.map((i) => [i.num, i.title, tree(i.items)])).toEqual([['', 'Support for the Ceasefire:', ['(a)', '(b)']], ['', 'Protection of Staff:', ['(c)']]]);
    expect(mandate.items[1].items[0].id).toBe('op3.u2.c');
  });

  it('reads unnumbered lines after a paragraph ending with ":" as its unnumbered items (a list of names)', () => {
    const [nominations] = body(para('', 'Forwards the following nominations:') + para('', 'Mr. A (Benin)') + para('', 'Ms. B (Malta)') + para('', 'Ms. C (Peru)'));
    expect(nominations.items.map((i) => [i.num, i.title, i.text, i.items.length])).toEqual([['', undefined, 'Mr. A (Benin)', 0], ['', undefined, 'Ms. B (Malta)', 0], ['', undefined, 'Ms. C (Peru)', 0]]);
    expect(nominations.items.map((i) => i.id)).toEqual(['op1.u1', 'op1.u2', 'op1.u3']);
  });

  it('keeps paragraphs of a quoted declaration that open like the one before out of its list', () => {
    const doc = importAkn(aknResolution(para('', '“The Security Council calls on States to consider the following:') + para('', '“(a) Broadening of the Moratorium;') +
      para('', '“The Security Council expresses concern at the violations of the embargoes.')), 'x');
    expect(paragraphs(doc).map((p) => p.items.length)).toEqual([1, 0]);
  });

  it('drops a stray space before a comma', () => {
    const [first] = body(para('1.', 'Recalls its resolutions 1722 (2006) , 1785 (2007) and 1845 (2008);'));
    expect(first.text).toBe('Recalls its resolutions 1722 (2006), 1785 (2007) and 1845 (2008);');
  });

  it('gives its dash back to an unmarked item between two dash items', () => {
    const [judges] = body(para('1.', 'Appoints the following judges:') + para('–', 'Mr. A (Ghana);') + para('', 'Mr. B (Netherlands);') + para('–', 'Mr. C (Chad).'));
    expect(judges.items.map((i) => i.num)).toEqual(['-', '-', '-']);
  });

  it('reads a part heading decorated "== II ==" as the heading "II"', () => {
    const doc = importAkn(aknResolution(para('1.', 'Welcomes the report;') + para('', '== II ==') + para('2.', 'Decides to remain seized.')), 'x');
    expect(doc.body.map((node) => (node.type === 'heading' ? `h ${node.text}` : node.num))).toEqual(['1', 'h II', '2']);
  });

  it('reads "B." after an item "A." as the next item, not a heading', () => {
    const [first] = body(para('1.', 'Decides:') + para('A.', 'To assist the parties by:') + para('(1)', 'Chairing;') + para('B.', 'To assist the Government:') + para('(1)', 'Advising;'));
    expect(first.items.map((i) => [i.num, i.items.map((sub) => sub.text)])).toEqual([['A.', ['Chairing;']], ['B.', ['Advising;']]]);
  });

  it('joins an item marked with its label alone to the text block that follows it', () => {
    const [first] = body(para('1.', 'Decides:') + para('(a)', 'To observe;') + para('(b)', '') + para('', 'To help the Government;') + para('(c)', 'To guard.'));
    expect(first.items.map((i) => [i.num, i.text])).toEqual([['(a)', 'To observe;'], ['(b)', 'To help the Government;'], ['(c)', 'To guard.']]);
  });

  it('moves preambular paragraphs marked in the body to the preamble and continues a split preambular paragraph', () => {
    const doc = importAkn(
      aknResolution(para('', 'Noting the report,') + para('1.', 'Decides.'), '<container name="Welcoming"><p><span class="italic">Welcoming</span> the progress, and</p></container><container name="Urging"><p><span class="italic">urging</span> the parties,</p></container>'),
      'x',
    );
    expect(doc.preamble.map((p) => p.text)).toEqual(['Welcoming the progress, and urging the parties,', 'Noting the report,']);
    expect(doc.preamble.map((p) => p.id)).toEqual(['pre1', 'pre2']);
    // Without numbered paragraphs too; an operative "Decides …," stays in the body.
    const unnumbered = importAkn(aknResolution(para('', 'Having considered the nominations,') + para('', 'Forwards the following nominations:')), 'x');
    expect(unnumbered.preamble.map((p) => p.text)).toEqual(['Having considered the nominations,']);
    const decides = importAkn(aknResolution(para('', 'Decides to extend the mandate until 17 March 2005,') + para('', 'Decides to remain seized of the matter.')), 'x');
    expect(decides.preamble).toEqual([]);
  });

  it('splits a preambular container holding two paragraphs where a capitalised opener follows a clause', () => {
    const doc = importAkn(
      aknResolution(para('1.', 'Decides.'), '<container name="Welcoming"><p>Welcoming the efforts of the Government, and encouraging the organizations in the fight against trafficking, Paying homage to the sacrifice of the security forces,</p></container>'),
      'x',
    );
    expect(doc.preamble.map((p) => [p.id, p.opener, p.text])).toEqual([
      ['pre1', 'Welcoming', 'Welcoming the efforts of the Government, and encouraging the organizations in the fight against trafficking,'],
      ['pre2', 'Paying', 'Paying homage to the sacrifice of the security forces,'],
    ]);
  });

  it('reads the adoption record: sponsors with "and" inside names, record, Chapter VII, meeting', () => {
    const doc = importAkn(aknResolution(para('1.', 'Decides.')), 'x');
    expect(doc.adoption).toMatchObject({
      draft: 'S/2005/120',
      sponsors: ['Denmark', 'Trinidad and Tobago', 'United Kingdom of Great Britain and Northern Ireland'],
      record: 'S/PV.5137',
      chapterVII: true,
    });
    expect(doc.meeting).toBe(5137);
    expect(doc.number).toBe(1590);
  });

  it('takes annexes out of the main body, with the title printed above "Annex"', () => {
    const heading = (text: string) => `<paragraph class="H1"><heading>${text}</heading></paragraph>`;
    const doc = importAkn(
      aknResolution(para('1.', 'Decides to amend the statutes as annexed.') + heading('Tribunal for Rwanda') + heading('Annex I') + para('', 'Article 11') +
        para('1.', 'The Chambers shall be composed of judges.') + heading('Tribunal for Yugoslavia') + heading('Annex II') + para('', 'Article 13')),
      'x',
    );
    expect(paragraphs(doc).map((p) => p.num)).toEqual(['1']);
    expect(doc.body.filter((n) => n.type === 'heading')).toEqual([]);
    expect(doc.annexes?.map((a) => [a.num, a.title, a.lines])).toEqual([
      ['I', 'Tribunal for Rwanda', ['Article 11', '1. The Chambers shall be composed of judges.']],
      ['II', 'Tribunal for Yugoslavia', ['Article 13']],
    ]);
  });

  it('rejects what it cannot read with one clear line', () => {
    expect(() => importAkn('<akomaNtoso><statement>', 'x')).toThrow(InputError);
    expect(() => importAkn('<html><body/></html>', 'x')).toThrow(/not Akoma Ntoso/);
    expect(() => importAkn(aknResolution(para('1.', 'x'), '', 'deu'), 'x')).toThrow(/unsupported language.*deu/);
    expect(importAkn(aknResolution(para('1.', 'x'), '', ''), 'x')).toMatchObject({ language: 'en', warnings: [expect.stringMatching(/no FRBRlanguage/)] });
  });
});
