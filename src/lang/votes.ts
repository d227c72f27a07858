import type { Language } from '../model.js';

export type VotePosition = 'in-favour' | 'against' | 'abstaining' | 'not-participating';

/**
 * Headings of the lists in a letter recording a vote ("In favour:", "赞成："), per language and position,
 * as the President's letters of the 2020 written procedure print them. Matched case-insensitively, before a colon.
 */
export const VOTE_HEADINGS: Record<Language, Record<VotePosition, readonly string[]>> = {
  en: {
    'in-favour': ['In favour', 'Votes in favour'],
    against: ['Against', 'Votes against'],
    abstaining: ['Abstaining', 'Abstentions', 'Abstention'],
    'not-participating': ['Not participating', 'Did not participate', 'Non-participating'],
  },
  fr: {
    'in-favour': ['Pour', 'Votent pour', 'Ont voté pour'],
    against: ['Contre', 'Votent contre', 'Ont voté contre'],
    abstaining: ['Abstentions', 'Abstention', "S'abstiennent", 'Se sont abstenus'],
    'not-participating': ['Ne participe pas au vote', 'Ne participent pas au vote', "N'ont pas participé au vote"],
  },
  es: {
    'in-favour': ['A favor', 'Votos a favor'],
    against: ['En contra', 'Votos en contra'],
    abstaining: ['Abstenciones', 'Abstención'],
    'not-participating': ['No participan en la votación', 'No participaron en la votación', 'No participa en la votación'],
  },
  ru: {
    'in-favour': ['Голосовали за', 'За'],
    against: ['Голосовали против', 'Против'],
    abstaining: ['Воздержались', 'Воздержавшиеся'],
    'not-participating': ['Не участвовали в голосовании', 'Не участвовал в голосовании'],
  },
  zh: {
    'in-favour': ['赞成'],
    against: ['反对'],
    abstaining: ['弃权'],
    'not-participating': ['未参加表决', '不参加表决', '未参加投票'],
  },
  ar: {
    'in-favour': ['المؤيدون', 'مؤيدون', 'الموافقون', 'المصوتون مؤيدين'],
    against: ['المعارضون', 'معارضون', 'المصوتون معارضين'],
    abstaining: ['الممتنعون', 'الممتنعون عن التصويت', 'ممتنعون', 'الامتناع عن التصويت'],
    'not-participating': ['غير المشاركين في التصويت', 'لم يشارك في التصويت'],
  },
};

/** The word a letter prints under a heading when no member took that position ("None.", "无。"). */
export const NO_MEMBERS: Record<Language, readonly string[]> = {
  en: ['None', 'Nil'],
  fr: ['Néant', 'Aucun'],
  es: ['Ninguno', 'Ninguna', 'Nadie'],
  ru: ['Нет', 'Никто'],
  zh: ['无', '没有'],
  ar: ['لا أحد', 'لا يوجد', 'لا شيء'],
};

/** Separators of a list of member names ("Belgium, China", "比利时、中国", "بلجيكا، الصين"). */
export const LIST_SEPARATORS = /[,;、，；،]/u;

/** The word joining the last two names of a list ("…, United States of America and Viet Nam"); Arabic writes it on the next word. Global: read with `matchAll`. */
export const LIST_AND: Record<Language, RegExp> = {
  en: /\s+and\s+/gu, fr: /\s+et\s+/gu, es: /\s+[ye]\s+/gu, ru: /\s+и\s+/gu, zh: /和/gu, ar: /\s+و\s*/gu,
};

/** Words naming a draft resolution: the symbol printed nearest to them is the draft's. */
export const DRAFT_RESOLUTION_WORDS: Record<Language, readonly string[]> = {
  en: ['draft resolution'],
  fr: ['projet de résolution'],
  es: ['proyecto de resolución'],
  ru: ['проект резолюции', 'проекта резолюции', 'проекту резолюции'],
  zh: ['决议草案'],
  ar: ['مشروع القرار'],
};

/**
 * "adopted unanimously" and its paraphrases in records and press summaries
 * ("Adopted unanimously", "unanimously adopting resolution 2364 (2017)", "unanimously approved").
 */
export const UNANIMOUS_PHRASES: Record<Language, readonly RegExp[]> = {
  en: [/\badopted\s+unanim\w*/i, /\bunanimously\s+(?:adopt|approv)\w*/i, /\badopted\s+without\s+(?:a\s+)?vote\b/i, /\bby\s+acclamation\b/i],
  fr: [/\badopt\w*\s+à\s+l['’]unanimité/i, /\bà\s+l['’]unanimité\b/i, /\bsans\s+vote\b/i],
  es: [/\baprob\w*\s+por\s+unanimidad/i, /\bpor\s+unanimidad\b/i, /\bsin\s+votación\b/i],
  ru: [/единогласно/i, /без\s+голосования/i],
  zh: [/一致通过/u, /未经表决/u],
  ar: [/بالإجماع/u, /دون\s+تصويت/u],
};

/**
 * A vote reported in running text with its counts and the members named for the minority positions, as press
 * summaries write it: "by a vote of 13 in favour to none against, with 2 abstentions (China, Russian Federation)",
 * "par 13 voix pour, zéro contre et 2 abstentions (Chine et Fédération de Russie)". Groups `favour`, `against`,
 * `againstNames`, `abstaining`, `abstainingNames`; a count is a figure or the language's word for none. Global: read
 * with `matchAll`.
 */
export const RECORDED_VOTE: Partial<Record<Language, { pattern: RegExp; none: RegExp }>> = {
  en: {
    pattern:
      /\b(?<favour>\d{1,2})\s+(?:votes?\s+)?in\s+favou?r(?:\s*(?:to|,|and)\s*(?<against>\d{1,2}|none|no)\s+(?:votes?\s+)?against(?:\s*\((?<againstNames>[^)]*)\))?)?(?:,?\s*(?:with|and)\s+(?<abstaining>\d{1,2}|none|no)\s+abstentions?(?:\s*\((?<abstainingNames>[^)]*)\))?)?/giu,
    none: /^(?:none|no)$/i,
  },
  fr: {
    pattern:
      /\b(?<favour>\d{1,2})\s+voix\s+pour(?:\s*(?:,|et)\s*(?<against>\d{1,2}|zéro|aucune)\s+(?:voix\s+)?contre(?:\s*\((?<againstNames>[^)]*)\))?)?(?:,?\s*(?:et|avec)\s+(?<abstaining>\d{1,2}|zéro|aucune)\s+abstentions?(?:\s*\((?<abstainingNames>[^)]*)\))?)?/giu,
    none: /^(?:zéro|aucune)$/i,
  },
};
