import type { Language } from '../model.js';

/**
 * Words of the page furniture and the layout of UN documents, per language.
 * Everything the cleaner and the structure parser know about a language's print conventions is here.
 */
export interface LayoutWords {
  /** footer text of the first page, never content */
  furniture: RegExp;
  /** the enacting formula that opens a resolution's preamble */
  formula: RegExp;
  /** a line that opens an annex: "Annex", "Annex I" */
  annex: RegExp;
  /** words a suspended hyphen stands before: "troop- and police-contributing" */
  conjunctions: readonly string[];
  /** CJK text is joined without spaces when lines are unwrapped */
  joinWithoutSpace: boolean;
  /** a title line ending with one of these words goes on to the next line */
  connectives: readonly string[];
}

export const LAYOUT: Record<Language, LayoutWords> = {
  en: {
    furniture: /^(?:Please recycle|Distr\.:? \w+|Original:\s*\w+)$/i,
    formula: /^The Security Council\s*[,:]?$/,
    annex: /^Annex(?:es)?(?:\s+([IVXLC]+|\d+|[A-Z]))?$/,
    conjunctions: ['and', 'or', 'to'],
    joinWithoutSpace: false,
    connectives: ['the', 'of', 'and', 'in', 'on', 'for', 'to', 'a', 'an', 'by', 'with', 'at'],
  },
  fr: {
    furniture: /^(?:Merci de recycler|Distr\.\s*:?\s*\w+|Original\s*:\s*\w+)$/i,
    formula: /^Le Conseil de sécurité\s*[,:]?$/,
    annex: /^Annexes?(?:\s+([IVXLC]+|\d+|[A-Z]))?$/,
    conjunctions: ['et', 'ou', 'à'],
    joinWithoutSpace: false,
    connectives: ['le', 'la', 'les', 'de', 'des', 'du', 'et', 'en', 'sur', 'pour', 'à', 'au', 'aux'],
  },
  es: {
    furniture: /^(?:Se ruega reciclar|Distr\.\s*:?\s*\w+|Original\s*:\s*\w+)$/i,
    formula: /^El Consejo de Seguridad\s*[,:]?$/,
    annex: /^Anexos?(?:\s+([IVXLC]+|\d+|[A-Z]))?$/,
    conjunctions: ['y', 'o', 'e', 'u'],
    joinWithoutSpace: false,
    connectives: ['el', 'la', 'los', 'las', 'de', 'del', 'y', 'en', 'sobre', 'para', 'a', 'al'],
  },
  ru: {
    furniture: /^(?:Просьба отправить на вторичную переработку|Distr\.\s*:?\s*\w+|Original\s*:\s*\w+)$/i,
    formula: /^Совет Безопасности\s*[,:]?$/,
    annex: /^Приложени[ея](?:\s+([IVXLC]+|\d+|[A-ZА-Я]))?$/,
    conjunctions: ['и', 'или'],
    joinWithoutSpace: false,
    connectives: ['и', 'в', 'на', 'по', 'о', 'об', 'для', 'с'],
  },
  zh: {
    furniture: /^(?:请回收|Distr\.\s*:?\s*\w+|Original\s*:\s*\w+|Chinese)$/i,
    formula: /^安全理事会\s*[，,]?$/,
    annex: /^附件(?:\s*([一二三四五六七八九十]+|[IVXLC]+|\d+))?$/,
    conjunctions: [],
    joinWithoutSpace: true,
    connectives: [],
  },
  ar: {
    furniture: /^(?:يرجى إعادة الاستعمال|Distr\.\s*:?\s*\w+|Original\s*:\s*\w+|Arabic)$/i,
    formula: /^(?:إن )?مجلس الأمن\s*[،,]?$/,
    annex: /^المرفق(?:\s+(\S+))?$/,
    conjunctions: ['و', 'أو'],
    joinWithoutSpace: false,
    connectives: ['في', 'من', 'على', 'إلى'],
  },
};

/** One-letter words: any other lone letter in running text is a fragment of a split word. */
export const SINGLE_LETTER_WORDS: Record<Language, readonly string[]> = {
  en: ['a', 'i'],
  fr: ['a', 'à', 'y'],
  es: ['a', 'e', 'o', 'u', 'y'],
  ru: ['а', 'в', 'и', 'к', 'о', 'с', 'у', 'я'],
  zh: [],
  ar: ['و'],
};
