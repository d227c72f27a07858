import type { UNDocument } from '../model.js';
import { findCeilings } from './ceilings.js';
import { findExpiry, termStatements } from './scalars.js';
import { phrasesFor } from './text.js';
import type { FactSource, MandateFacts } from './types.js';

/** One figure a summary states, against what the resolution says. */
export interface FigureCheck {
  /** "expires", or the ceiling's component ("military", "police", …) */
  figure: string;
  summary: string | number;
  /** what the resolution says; null when it states nothing of the kind */
  resolution: string | number | null;
  agrees: boolean;
  /** where the summary states it */
  source: FactSource;
  /** where the resolution states it */
  resolutionSource?: FactSource;
}

export interface SummaryCheck {
  resolution: string | null;
  checks: FigureCheck[];
  /** figures that disagree with the resolution, or that it does not state */
  mismatches: number;
}

/**
 * The figures a press summary states about a resolution (expiry, personnel ceilings), read with the same phrases
 * as the resolution's own facts, each checked against the resolution: agreement, or a flagged mismatch.
 */
export function checkSummary(summary: UNDocument, resolution: MandateFacts): SummaryCheck {
  const phrases = phrasesFor(summary.language);
  const checks: FigureCheck[] = [];
  const expiry = findExpiry(termStatements(summary, phrases), resolution.mission, phrases, summary.language);
  if (expiry) {
    checks.push({
      figure: 'expires',
      summary: expiry.date,
      resolution: resolution.expires,
      agrees: expiry.date === resolution.expires,
      source: expiry.source,
      ...(resolution.sources.expires ? { resolutionSource: resolution.sources.expires } : {}),
    });
  }
  for (const ceiling of findCeilings(summary, phrases)) {
    const stated = resolution.ceilings.find((c) => c.component === ceiling.component);
    checks.push({
      figure: ceiling.component,
      summary: ceiling.max,
      resolution: stated?.max ?? null,
      agrees: stated?.max === ceiling.max,
      source: ceiling.source,
      ...(stated ? { resolutionSource: stated.source } : {}),
    });
  }
  return { resolution: resolution.symbol, checks, mismatches: checks.filter((c) => !c.agrees).length };
}
