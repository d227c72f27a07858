import type { Language } from '../model.js';

/** The Secretary-General named as the addressee of a request: whose reports the store can receive. */
export const SECRETARY_GENERAL: Record<Language, RegExp> = {
  en: /Secretary-General/iu,
  fr: /Secrétaire général/iu,
  es: /Secretari[oa] General/iu,
  ru: /Генеральн\p{L}*\s+секретар/iu,
  zh: /秘书长/u,
  ar: /الأمين العام/u,
};
