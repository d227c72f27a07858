import { describe, it, expect } from 'vitest';
import { labelAt, paragraphNumberAt } from '../../src/structure/labels.js';

describe('labels opening a line of text', () => {
  it.each([
    ['(a) to support the Government', '(a)', 'a', 'to support the Government'],
    ['(iv) the protection of civilians', '(iv)', 'iv', 'the protection of civilians'],
    ['(12) reporting', '(12)', '12', 'reporting'],
    ['(B) Police', '(B)', 'B', 'Police'],
    ['(а) с кириллической буквой', '(а)', 'a', 'с кириллической буквой'],
    ['(ب) دعم الحكومة', '(ب)', 'ب', 'دعم الحكومة'],
    ['(十一) 支持', '(十一)', '十一', '支持'],
    ['i). Exemptions', '(i)', 'i', 'Exemptions'],
    ['㈢ 保护平民', '㈢', '三', '保护平民'],
    ["'2' text", '(2)', '2', 'text'],
    ['’3‘ نص', '(3)', '3', 'نص'],
    ['– a dash item', '-', '–', 'a dash item'],
    ['• a bullet item', '-', '•', 'a bullet item'],
    ['A. To assist the parties', 'A.', 'A', 'To assist the parties'],
    ['IV. Secure and Stable Environment:', 'IV.', 'IV', 'Secure and Stable Environment:'],
  ])('%s', (text, num, key, rest) => {
    expect(labelAt(text)).toEqual({ num, key, rest });
  });

  it.each(['Recalling its resolutions', 'and (a) above', '12. Decides', '"(a)" quoted', 'i) without its full stop', ''])('no label: %s', (text) => {
    expect(labelAt(text)).toBeNull();
  });

  it('reads paragraph numbers, the Arabic way too', () => {
    expect(paragraphNumberAt('12. Decides to extend')).toEqual({ n: 12, rest: 'Decides to extend' });
    expect(paragraphNumberAt('12 - يقرر')).toEqual({ n: 12, rest: 'يقرر' });
    expect(paragraphNumberAt('12.5 per cent')).toBeNull();
  });
});
