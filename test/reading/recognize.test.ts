import { describe, expect, it } from 'vitest';
import { findSymbols, normalizeSymbol } from '../../src/recognize/symbols.js';
import { detectLanguage, recognize, splitSponsors } from '../../src/recognize/index.js';
import { findDates } from '../../src/lang/months.js';

describe('symbols', () => {
  it('normalises the ways a symbol is written', () => {
    expect(normalizeSymbol('S/RES/2364(2017)')).toBe('S/RES/2364 (2017)');
    expect(normalizeSymbol('s/res/2364 ( 2017 )')).toBe('S/RES/2364 (2017)');
    expect(normalizeSymbol('resolution 2364 (2017)')).toBe('S/RES/2364 (2017)');
    expect(normalizeSymbol('第2531(2020)号决议')).toBe('S/RES/2531 (2020)');
    expect(normalizeSymbol('S/2017/558/rev.1')).toBe('S/2017/558/Rev.1');
    expect(normalizeSymbol('S/PRST/2015/22')).toBe('S/PRST/2015/22');
    expect(normalizeSymbol('S/PV.7991')).toBe('S/PV.7991');
    expect(normalizeSymbol('A/RES/70/1')).toBeNull();
    expect(normalizeSymbol('Please recycle')).toBeNull();
  });

  it('finds the symbols a text cites, lists of resolutions included', () => {
    const text = 'Recalling its resolutions, in particular 2359 (2017), 2295 (2016) and 2100 (2013), its statement (S/PRST/2015/22), the report (S/2015/364 and Add.1) and 30 per cent (2017)';
    expect(findSymbols(text).map((f) => f.symbol)).toEqual(['S/RES/2359 (2017)', 'S/RES/2295 (2016)', 'S/RES/2100 (2013)', 'S/PRST/2015/22', 'S/2015/364']);
    const [first] = findSymbols(text);
    expect(text.slice(...first.span)).toBe('2359 (2017)');
  });
});

describe('dates in the six languages', () => {
  it.each([
    ['en', 'adopted on 29 June 2017', '2017-06-29'],
    ['fr', 'adoptée le 1er juillet 2020', '2020-07-01'],
    ['es', 'el 29 de junio de 2020', '2020-06-29'],
    ['ru', '29 июня 2020 года', '2020-06-29'],
    ['zh', '2020 年 6 月 29 日', '2020-06-29'],
    ['ar', 'في 29 حزيران/يونيه 2020', '2020-06-29'],
  ] as const)('%s', (lang, text, iso) => {
    expect(findDates(text, lang)[0]?.iso).toBe(iso);
  });

  it('refuses impossible days', () => {
    expect(findDates('31 June 2017', 'en')).toEqual([]);
  });
});

describe('language', () => {
  it.each([
    ['en', 'The Security Council, Recalling its previous resolutions on the situation in Mali and the statements of its President,'],
    ['en', 'THE SECURITY COUNCIL, RECALLING ITS PREVIOUS RESOLUTIONS ON THE SITUATION IN MALI AND THE STATEMENTS OF ITS PRESIDENT,'],
    ['fr', 'Le Conseil de sécurité, Rappelant ses résolutions antérieures et les déclarations de sa présidence sur la situation au Mali,'],
    ['es', 'El Consejo de Seguridad, Recordando sus resoluciones anteriores y las declaraciones de la Presidencia sobre la situación en Malí,'],
    ['ru', 'Совет Безопасности, ссылаясь на свои предыдущие резолюции и заявления своего Председателя о положении в Мали,'],
    ['zh', '安全理事会，回顾其以往关于马里局势的各项决议和主席声明，'],
    ['ar', 'إن مجلس الأمن، إذ يشير إلى قراراته السابقة وبيانات رئيسه بشأن الحالة في مالي،'],
  ] as const)('%s', (lang, text) => {
    expect(detectLanguage(text)).toBe(lang);
  });
});

describe('kinds', () => {
  const lines = (text: string) => text.split('\n').map((l) => l.trim()).filter(Boolean);
  it('tells a draft, a report, a letter, a statement and a press release apart by their content', () => {
    expect(recognize(lines('United Nations S/2031/5\nSecurity Council Distr.: General\n2 May 2031\nExamplia, Ruritania and United Kingdom of Great Britain and Northern Ireland: draft resolution\nThe Security Council,')).sponsors).toEqual([
      'Examplia',
      'Ruritania',
      'United Kingdom of Great Britain and Northern Ireland',
    ]);
    expect(recognize(lines('United Nations S/2031/6\nSecurity Council Distr.: General\n2 May 2031\nReport of the Secretary-General on the situation in Examplia\nI. Introduction')).kind).toBe('sg-report');
    expect(recognize(lines('United Nations S/2031/7\nSecurity Council Distr.: General\nLetter dated 1 May 2031 from the President of the Security Council addressed to the Secretary-General')).kind).toBe('letter');
    expect(recognize(lines('United Nations S/PRST/2031/2\nSecurity Council Distr.: General\nStatement by the President of the Security Council')).kind).toBe('presidential-statement');
    expect(recognize(lines('The Security Council unanimously adopted resolution 9999 (2031) today, extending the mission.')).kind).toBe('press-release');
    // a meeting record's agenda names a report: its cover symbol says it is none of these
    expect(recognize(lines('United Nations S/PV.9001\nSecurity Council\n9001st meeting\nThe situation in Examplia\nReport of the Secretary-General on the situation in Examplia (S/2031/6)')).kind).toBe('other');
  });

  it.each([
    ['fr', 'Lettre datée du 29 juin 2020, adressée au Secrétaire général par le Président du Conseil de sécurité'],
    ['es', 'Carta de fecha 29 de junio de 2020 dirigida al Secretario General por el Presidente del Consejo de Seguridad'],
    ['ru', 'Письмо Председателя Совета Безопасности от 29 июня 2020 года на имя Генерального секретаря'],
    ['ar', 'رسالة مؤرخة 29 حزيران/يونيه 2020 موجهة إلى الأمين العام من رئيس مجلس الأمن'],
    ['zh', '2020年6月29日安全理事会主席给秘书长的信'],
  ] as const)('knows a letter in %s, and its date', (lang, title) => {
    const recognized = recognize(lines(`United Nations S/2020/613\nSecurity Council Distr.: General\n${title}`));
    expect([recognized.kind, recognized.language, recognized.date]).toEqual(['letter', lang, '2020-06-29']);
  });

  it('knows a report of the Secretary-General in Russian', () => {
    expect(recognize(lines('United Nations S/2020/1\nSecurity Council Distr.: General\nДоклад Генерального секретаря о положении в Мали')).kind).toBe('sg-report');
  });

  it('refuses a text that is no Security Council document', () => {
    expect(() => recognize(lines('Shopping list\nEggs\nMilk'))).toThrow(/not a Security Council document/);
  });

  it('splits sponsors without cutting a country name that contains "and"', () => {
    expect(splitSponsors('Bosnia and Herzegovina, France and Trinidad and Tobago', 'en')).toEqual(['Bosnia and Herzegovina', 'France', 'Trinidad and Tobago']);
  });
});
