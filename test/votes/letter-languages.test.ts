import { describe, it, expect } from 'vitest';
import { theOneVote } from './one-vote.js';
import type { Language } from '../../src/model.js';

/**
 * Short letters built on the pattern of the President's letters of 2020 (S/2020/613 and its language versions):
 * the draft and the procedure letter, the three lists, the resulting resolution. 2020 Council, 13-0-2.
 */
const LETTERS: [Language, string][] = [
  ['fr', `S/2020/700
Le Conseil de sécurité a achevé la procédure de vote sur le projet de résolution publié sous la cote S/2020/690, selon la procédure convenue dans la lettre du 27 mars 2020 (S/2020/253).
Pour :
Afrique du Sud, Allemagne, Belgique, Estonie, France, Indonésie, Niger, République dominicaine, Royaume-Uni de Grande-Bretagne et d’Irlande du Nord, Saint-Vincent-et-les Grenadines, Tunisie, États-Unis d’Amérique et Viet Nam.
Contre :
Néant.
Abstentions :
Chine, Fédération de Russie.
Le projet de résolution a été adopté en tant que résolution 2600 (2020) le 10 juillet 2020.`],
  ['es', `S/2020/700
El Consejo de Seguridad ha concluido el procedimiento de votación del proyecto de resolución que figura en el documento S/2020/690, de conformidad con la carta de 27 de marzo de 2020 (S/2020/253).
A favor:
Alemania, Bélgica, Estados Unidos de América, Estonia, Francia, Indonesia, Níger, Reino Unido de Gran Bretaña e Irlanda del Norte, República Dominicana, San Vicente y las Granadinas, Sudáfrica, Túnez y Viet Nam.
En contra:
Ninguno.
Abstenciones:
China, Federación de Rusia.
El proyecto de resolución fue aprobado como resolución 2600 (2020) el 10 de julio de 2020.`],
  ['ru', `S/2020/700
Совет Безопасности завершил процедуру голосования по проекту резолюции, содержащемуся в документе S/2020/690, в соответствии с письмом от 27 марта 2020 года (S/2020/253).
Голосовали за:
Бельгия, Вьетнам, Германия, Доминиканская Республика, Индонезия, Нигер, Сент-Винсент и Гренадины, Соединенное Королевство Великобритании и Северной Ирландии, Соединенные Штаты Америки, Тунис, Франция, Эстония, Южная Африка.
Против:
Нет.
Воздержались:
Китай, Российская Федерация.
Проект резолюции принят в качестве резолюции 2600 (2020) 10 июля 2020 года.`],
  ['ar', `S/2020/700
أتشرف بإبلاغكم بأن مجلس الأمن أنجز إجراء التصويت على مشروع القرار الوارد في الوثيقة S/2020/690، وفقا للرسالة المؤرخة 27 آذار/مارس 2020 (S/2020/253).
المؤيدون:
إستونيا، ألمانيا، إندونيسيا، بلجيكا، تونس، الجمهورية الدومينيكية، جنوب أفريقيا، سانت فنسنت وجزر غرينادين، فرنسا، فييت نام، المملكة المتحدة لبريطانيا العظمى وأيرلندا الشمالية، النيجر والولايات المتحدة الأمريكية.
المعارضون:
لا أحد.
الممتنعون عن التصويت:
الاتحاد الروسي، الصين.
واعتُمد مشروع القرار بوصفه القرار 2600 (2020) في 10 تموز/يوليه 2020.`],
];

describe.each(LETTERS)('parseVoteLists on a letter (%s)', (language, text) => {
  const letter = theOneVote(text, language);

  it('reads draft, procedure letter, resulting resolution and the date of adoption', () => {
    expect(letter.date).toBe('2020-07-10');
    expect([letter.symbol, letter.draft, letter.procedureLetter, letter.resolution]).toEqual(['S/2020/700', 'S/2020/690', 'S/2020/253', 'S/RES/2600 (2020)']);
  });

  it('resolves every member to the 2020 Council: 13 in favour, 2 abstaining', () => {
    expect(letter.members.filter((m) => !m.country).map((m) => m.name)).toEqual([]);
    expect(letter.totals).toEqual({ inFavour: 13, against: 0, abstaining: 2, notParticipating: 0 });
    expect(letter.members.filter((m) => m.position === 'abstaining').map((m) => m.country!.iso3).sort()).toEqual(['CHN', 'RUS']);
    expect(letter.flags).toEqual([]);
  });
});
