import { describe, expect, it } from 'vitest';
import { citationLinks, requestLink, voteLinks, DRAFT_SIMILARITY } from '../../src/store/links.js';
import { operativeText, textSimilarity } from '../../src/store/similarity.js';
import { makeDocument, mandateParagraphs } from './documents.js';

const operative = mandateParagraphs('the United Nations Mission in Eastland (UNME)', '31 May 2030', 'lake');

describe('operative text similarity (word 5-gram Jaccard)', () => {
  const draft = makeDocument({ kind: 'draft-resolution', symbol: 'S/2029/1', date: '2029-05-30', preamble: ['Recalling its resolutions,'], paragraphs: operative });

  it('is 1 for the same text, high for a word changed, low for another text, 0 for nothing', () => {
    const text = operativeText(draft);
    expect(textSimilarity(text, text)).toBe(1);
    const edited = text.replace('cooperate fully', 'cooperate');
    expect(textSimilarity(text, edited)).toBeGreaterThan(DRAFT_SIMILARITY);
    expect(textSimilarity(text, edited)).toBeLessThan(1);
    const other = operativeText(makeDocument({ kind: 'resolution', symbol: null, date: null, paragraphs: mandateParagraphs('the United Nations Mission in Westland (UNMW)', '1 January 2031', 'river') }));
    expect(textSimilarity(text, other)).toBeLessThan(DRAFT_SIMILARITY);
    expect(textSimilarity(text, '')).toBe(0);
  });

  it('ignores typography and the preamble, keeps operative items', () => {
    expect(operativeText(draft)).not.toContain('Recalling');
    expect(operativeText(draft)).toContain('Protection of civilians');
    expect(textSimilarity('Decides that “the Mission” shall – in all cases – report', 'Decides that "the Mission" shall - in all cases - report')).toBe(1);
  });
});

describe('link rules read from the document', () => {
  it('cites each symbol once, at its first citation, never itself', () => {
    const doc = makeDocument({ kind: 'resolution', symbol: 'S/RES/3000 (2029)', date: '2029-01-01', preamble: ['Recalling resolution 2999 (2028) and its resolution 3000 (2029),'], paragraphs: ['Recalls resolution 2999 (2028) and the report S/2028/77;'] });
    expect(citationLinks(doc).map((l) => [l.toSymbol, l.evidence])).toEqual([
      ['S/RES/2999 (2028)', { rule: 'citation', paragraph: 'pre1', span: [21, 32], text: '2999 (2028)' }],
      ['S/2028/77', { rule: 'citation', paragraph: 'op1', span: [46, 55], text: 'S/2028/77' }],
    ]);
  });

  it('takes the first resolution of a report\'s first paragraph as the request it answers', () => {
    const report = makeDocument({ kind: 'sg-report', symbol: 'S/2029/10', date: '2029-03-01', paragraphs: ['The present report is submitted pursuant to paragraph 4 of resolution 2999 (2028) and follows S/2028/77 and resolution 2990 (2028).'] });
    expect(requestLink(report)).toMatchObject({ kind: 'answers-request-of', toSymbol: 'S/RES/2999 (2028)', evidence: { paragraph: 'p1' } });
    expect(requestLink(makeDocument({ kind: 'sg-report', symbol: null, date: null, paragraphs: ['No resolution is named here.'] }))).toBeNull();
  });

  it('links a letter to a resolution only when it carries the resolution or a vote record', () => {
    const plain = makeDocument({ kind: 'letter', symbol: 'S/2029/20', date: '2029-04-01', paragraphs: ['Recalling resolution 2999 (2028), I write to draw your attention to the situation.'] });
    expect(voteLinks(plain)).toEqual([]);
  });

  it('links a meeting record to each resolution whose vote it lists, with the draft voted on', () => {
    const record = makeDocument({
      kind: 'other', symbol: 'S/PV.9990', date: '2029-04-02',
      paragraphs: [
        'The President: Members of the Council have before them document S/2029/30, the text of a draft resolution.',
        'In favour: Albania, Brazil, France, Gabon, Ghana, India, Ireland, Kenya, Mexico, Norway, United Arab Emirates, United Kingdom of Great Britain and Northern Ireland, United States of America',
        'Against: None',
        'Abstaining: China, Russian Federation',
        'The President: The draft resolution received 13 votes in favour, none against and 2 abstentions. The draft resolution has been adopted as resolution 2998 (2029).',
        'I shall now put to the vote the draft resolution contained in document S/2029/31.',
        'In favour: Albania, Brazil, China, France, Gabon, Ghana, India, Ireland, Kenya, Mexico, Norway, Russian Federation, United Arab Emirates, United Kingdom of Great Britain and Northern Ireland, United States of America',
        'Against: None',
        'Abstaining: None',
        'The President: The draft resolution received 15 votes in favour. The draft resolution has been adopted unanimously as resolution 2999 (2029).',
      ],
    });
    const links = voteLinks(record);
    expect(links).toEqual([
      { kind: 'records-vote-of', toSymbol: 'S/RES/2998 (2029)', evidence: expect.objectContaining({ rule: 'vote-list', draft: 'S/2029/30', paragraph: 'p5', text: '2998 (2029)' }) },
      { kind: 'records-vote-of', toSymbol: 'S/RES/2999 (2029)', evidence: expect.objectContaining({ rule: 'vote-list', draft: 'S/2029/31', paragraph: 'p10', text: '2999 (2029)' }) },
    ]);
    // each link points at the words that name the resolution adopted
    for (const { evidence } of links) {
      if (evidence.rule !== 'vote-list') throw new Error(`unexpected evidence ${evidence.rule}`);
      const paragraph = record.body.find((node) => node.type === 'paragraph' && node.id === evidence.paragraph)!;
      expect(paragraph.text.slice(...evidence.span)).toBe(evidence.text);
    }
  });
});
