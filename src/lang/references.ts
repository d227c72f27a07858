import type { Language } from '../model.js';

/** The words of in-text references to paragraphs of the same document. */
export interface ReferenceWords {
  /**
   * Without the `u` flag: with `iu`, `\b` knows two more word characters (ſ, K) and is several times slower to
   * search with; the words' own letters (é, á) match alike either way.
   */
  paragraph: RegExp;
  /** what every match of `paragraph` contains, in any case: a text without it is not searched (quicker to find) */
  stem: RegExp;
  /** "above", "below", "of this resolution": the reference is to this document */
  internal: RegExp;
  /** "of resolution 2391", "of the Agreement": the reference is to another document */
  external: RegExp;
  /** connectors inside a list of references: "and", "to", "through" */
  range: RegExp;
  list: RegExp;
}

export const REFERENCE_WORDS: Partial<Record<Language, ReferenceWords>> = {
  en: {
    paragraph: /\b(?:sub)?paragraphs?\b/gi,
    stem: /paragraph/iu,
    internal: /^\s*(?:above|below|of (?:this|the present) resolution|hereof)\b/iu,
    external: /^\s*(?:of|in)\s+(?:its |the |that )?(?:resolutions?|annex|Agreement|Charter|report|letter|statement|decision|the)\b/iu,
    range: /^\s*(?:to|through|-|–)\s*/u,
    list: /^\s*(?:,|and|,\s*and|as well as)\s*/u,
  },
  fr: {
    paragraph: /\b(?:alinéas?|paragraphes?)\b/gi,
    stem: /alinéa|paragraphe/iu,
    internal: /^\s*(?:ci-dessus|ci-dessous|de la présente résolution)\b/iu,
    external: /^\s*(?:de la|du|de sa)\s+(?:résolution|Accord|Charte|rapport)\b/iu,
    range: /^\s*(?:à)\s*/u,
    list: /^\s*(?:,|et)\s*/u,
  },
  es: {
    paragraph: /\b(?:párrafos?|apartados?)\b/gi,
    stem: /párrafo|apartado/iu,
    internal: /^\s*(?:supra|infra|de la presente resolución)\b/iu,
    external: /^\s*(?:de la|del|de su)\s+(?:resolución|Acuerdo|Carta|informe)\b/iu,
    range: /^\s*(?:a)\s+/u,
    list: /^\s*(?:,|y)\s*/u,
  },
};
