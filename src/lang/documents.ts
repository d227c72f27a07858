import type { Language } from '../model.js';

/**
 * How each kind of document announces itself on its cover or in its title, per language.
 * (`\b` knows only ASCII letters: patterns in other scripts mark word ends with `(?![\p{L}])`.)
 */
export interface DocumentPhrases {
  /** "Resolution 2364 (2017)" */
  resolutionTitle: RegExp;
  /** "Adopted by the Security Council at its 7991st meeting, on 29 June 2017" — group 1: meeting number */
  adoptedAt: RegExp;
  /** "France: draft resolution" — group 1: the sponsors */
  draftResolution: RegExp;
  sgReport: RegExp;
  letter: RegExp;
  presidentialStatement: RegExp;
  /** a press release or summary reporting an adoption */
  pressRelease: RegExp;
  /** "Security Council" named anywhere: a document without it and without a symbol is not the Council's */
  council: RegExp;
  /** separates the last two sponsors: "France and Germany" */
  and: string;
  /** second halves of country names that contain the word for "and" ("Trinidad and Tobago") */
  compoundNameEndings: readonly string[];
  /** words before a date that put it ahead of the document ("until 30 June 2018"): not when it was written */
  futureMarkers: RegExp;
}

export const DOCUMENT_PHRASES: Record<Language, DocumentPhrases> = {
  en: {
    resolutionTitle: /^Resolution (\d{1,4}) \((\d{4})\)$/,
    adoptedAt: /^Adopted by the Security Council(?: at its (\d+)(?:st|nd|rd|th)? meeting)?,? on\b/,
    draftResolution: /^(.+?)\s*:\s*(?:revised )?draft resolution$/i,
    sgReport: /^(?:(?:Special|Interim|Final|Progress) )?[Rr]eport of the Secretary-General\b/,
    letter: /^(?:Identical )?[Ll]etters? dated\b/,
    presidentialStatement: /^Statement by the President of the Security Council$/,
    pressRelease: /\b(?:unanimously (?:approved|adopted)|(?:approved|adopted|adopting) (?:[Rr]esolution|text)|Meetings Coverage|Press Release)\b/,
    council: /Security Council/,
    and: 'and',
    compoundNameEndings: ['Northern Ireland', 'Herzegovina', 'Tobago', 'Nevis', 'the Grenadines', 'Barbuda', 'Principe', 'Caicos', 'McDonald', 'Futuna', 'Jan Mayen', 'Miquelon'],
    futureMarkers: /\b(?:until|till|by|to|through|before|beyond|from|expected|scheduled|planned|deadline)\s+(?:on\s+|the\s+)?$/i,
  },
  fr: {
    resolutionTitle: /^Résolution (\d{1,4}) \((\d{4})\)$/,
    adoptedAt: /^Adoptée par le Conseil de sécurité(?: à sa (\d+)e séance)?,? le\b/,
    draftResolution: /^(.+?)\s*:\s*projet de résolution(?: révisé)?$/i,
    sgReport: /^Rapport (?:spécial )?du Secrétaire général\b/,
    letter: /^Lettres? (?:identiques )?datées?\b/,
    presidentialStatement: /^Déclaration (?:de la présidence|du Président) du Conseil de sécurité$/,
    pressRelease: /\b(?:adopté à l’unanimité|adoptant la résolution|Communiqué de presse)\b/,
    council: /Conseil de sécurité/,
    and: 'et',
    compoundNameEndings: ['Herzégovine', 'Tobago', 'Nevis', 'les Grenadines', 'Barbuda', 'Principe', 'Caïques', 'Futuna', 'Miquelon', 'd’Irlande du Nord'],
    futureMarkers: /\b(?:jusqu’au|jusqu'au|d’ici au|d'ici au|au|avant le|à compter du|prévue? le)\s+$/i,
  },
  es: {
    resolutionTitle: /^Resolución (\d{1,4}) \((\d{4})\)$/,
    adoptedAt: /^Aprobada por el Consejo de Seguridad(?: en su (\d+)ª sesión)?,? celebrada el\b|^Aprobada por el Consejo de Seguridad el\b/,
    draftResolution: /^(.+?)\s*:\s*proyecto de resolución(?: revisado)?$/i,
    sgReport: /^Informe (?:especial )?del Secretario General\b/,
    letter: /^Cartas? (?:idénticas )?de fecha\b/,
    presidentialStatement: /^Declaración de la Presidencia del Consejo de Seguridad$/,
    pressRelease: /\b(?:aprobó por unanimidad|Comunicado de prensa)\b/,
    council: /Consejo de Seguridad/,
    and: 'y',
    compoundNameEndings: ['Herzegovina', 'Tabago', 'Nevis', 'las Granadinas', 'Barbuda', 'Príncipe', 'Caicos', 'Futuna', 'Miquelón'],
    futureMarkers: /\b(?:hasta el|antes del|a partir del|al)\s+$/i,
  },
  ru: {
    resolutionTitle: /^Резолюция (\d{1,4}) \((\d{4})\)$/,
    adoptedAt: /^[Пп]ринята Советом Безопасности(?: на его (\d+)-м заседании)?/,
    draftResolution: /^(.+?)\s*:\s*(?:пересмотренный )?проект резолюции$/i,
    sgReport: /^(?:Специальный )?[Дд]оклад Генерального секретаря(?![\p{L}])/u,
    letter: /^(?:Идентичные\s+)?[Пп]исьм[оа](?![\p{L}]).*\sот\s/u,
    presidentialStatement: /^Заявление Председателя Совета Безопасности$/,
    pressRelease: /(?<![\p{L}])(?:единогласно приняв|Пресс-релиз)(?![\p{L}])/u,
    council: /Совет[а-я]* Безопасности/,
    and: 'и',
    compoundNameEndings: ['Герцеговина', 'Тобаго', 'Невис', 'Гренадины', 'Барбуда', 'Принсипи', 'Кайкос', 'Футуна', 'Микелон'],
    futureMarkers: /(?:до|по|с)\s+$/i,
  },
  zh: {
    resolutionTitle: /^第\s*(\d{1,4})\s*\(\s*(\d{4})\s*\)\s*号决议$/,
    adoptedAt: /^\d{4}\s*年.*安全理事会第\s*(\d+)\s*次会议通过$|^安全理事会.*通过$/,
    draftResolution: /^(.+?)\s*[:：]\s*决议草案$/,
    sgReport: /秘书长的报告$|^秘书长.*报告$/,
    letter: /的信$|的信[^\n]{0,10}$/,
    presidentialStatement: /^安全理事会主席的声明$/,
    pressRelease: /新闻稿|一致通过第/,
    council: /安全理事会/,
    and: '和',
    compoundNameEndings: [],
    futureMarkers: /(?:至|到|前|截至)\s*$/,
  },
  ar: {
    resolutionTitle: /^القرار\s+(\d{1,4})\s*\((\d{4})\)$/,
    adoptedAt: /^اتخذه مجلس الأمن(?: في جلسته\s+(\d+))?/,
    draftResolution: /^(.+?)\s*:\s*مشروع قرار$/,
    sgReport: /^تقرير الأمين العام(?![\p{L}])/u,
    letter: /^رسال(?:ة|تان)\s+(?:متطابقتان\s+)?مؤرخت?(?:ة|ان)?(?![\p{L}])/u,
    presidentialStatement: /^بيان من رئيس مجلس الأمن$/,
    pressRelease: /بالإجماع|بيان صحفي/,
    council: /مجلس الأمن/,
    and: 'و',
    compoundNameEndings: ['الهرسك', 'توباغو', 'نيفس', 'جزر غرينادين', 'بربودا', 'برينسيبي'],
    futureMarkers: /(?:حتى|قبل|إلى)\s+$/,
  },
};
