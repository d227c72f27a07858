import type { Language } from '../model.js';

/** Frequent function words of the Latin-script UN languages, to tell English, French and Spanish apart. */
export const STOPWORDS: Partial<Record<Language, readonly string[]>> = {
  en: ['the', 'of', 'and', 'to', 'in', 'its', 'that', 'with', 'for', 'on'],
  fr: ['le', 'la', 'les', 'des', 'et', 'du', 'de', 'sur', 'dans', 'aux'],
  es: ['el', 'la', 'los', 'las', 'del', 'y', 'de', 'en', 'sobre', 'con'],
};
