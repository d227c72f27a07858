import type { Language } from '../model.js';
import { MONTHS } from './months.js';

/** How a resolution's cover prints its number and adoption, per language (as in the UN's own files). */
export interface CoverWords {
  resolution: (number: number, year: string) => string;
  /** the adoption line; `meeting` absent for written procedure */
  adopted: (date: string, meeting?: number) => string;
  /** the word heading an annex */
  annex: string;
  distribution: string;
}

const englishOrdinal = (n: number) => {
  const tens = n % 100;
  const suffix = tens >= 11 && tens <= 13 ? 'th' : ({ 1: 'st', 2: 'nd', 3: 'rd' } as Record<number, string>)[n % 10] ?? 'th';
  return `${n}${suffix}`;
};

export const COVER_WORDS: Record<Language, CoverWords> = {
  en: {
    resolution: (n, y) => `Resolution ${n} (${y})`,
    adopted: (date, m) => `Adopted by the Security Council ${m ? `at its ${englishOrdinal(m)} meeting, ` : ''}on ${date}`,
    annex: 'Annex',
    distribution: 'Distr.: General',
  },
  fr: {
    resolution: (n, y) => `Résolution ${n} (${y})`,
    adopted: (date, m) => `Adoptée par le Conseil de sécurité ${m ? `à sa ${m}e séance, ` : ''}le ${date}`,
    annex: 'Annexe',
    distribution: 'Distr. générale',
  },
  es: {
    resolution: (n, y) => `Resolución ${n} (${y})`,
    adopted: (date, m) => `Aprobada por el Consejo de Seguridad ${m ? `en su ${m}ª sesión, celebrada ` : ''}el ${date}`,
    annex: 'Anexo',
    distribution: 'Distr. general',
  },
  ru: {
    resolution: (n, y) => `Резолюция ${n} (${y})`,
    adopted: (date, m) => `принятая Советом Безопасности ${m ? `на его ${m}-м заседании ` : ''}${date}`,
    annex: 'Приложение',
    distribution: 'Distr.: General',
  },
  zh: {
    resolution: (n, y) => `第${n}(${y})号决议`,
    adopted: (date, m) => `安全理事会${m ? `${date}第${m}次会议` : date}通过`,
    annex: '附件',
    distribution: 'Distr.: General',
  },
  ar: {
    resolution: (n, y) => `القرار ${n} (${y})`,
    adopted: (date, m) => `الذي اتخذه مجلس الأمن ${m ? `في جلسته ${m} المعقودة ` : ''}في ${date}`,
    annex: 'المرفق',
    distribution: 'Distr.: General',
  },
};

/** An ISO date as printed in running text: "29 June 2020", "29 juin 2020", "29 de junio de 2020", "2020年6月29日". */
export function formatDate(iso: string, language: Language): string {
  const [year, month, day] = iso.split('-').map(Number);
  const name = MONTHS[language][month - 1];
  switch (language) {
    case 'zh': return `${year}年${month}月${day}日`;
    case 'es': return `${day} de ${name} de ${year}`;
    case 'ru': return `${day} ${name} ${year} года`;
    case 'en': return `${day} ${name[0].toUpperCase()}${name.slice(1)} ${year}`;
    default: return `${day} ${name} ${year}`;
  }
}
