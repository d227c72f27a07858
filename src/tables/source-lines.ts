import { furnitureKind } from '../clean/furniture.js';
import type { Extracted } from '../extract/types.js';
import type { Annex, Language } from '../model.js';

/**
 * An annex's lines as the extractor saw them, spacing kept (empty table cells show as wide gaps there, while the
 * cleaned `Annex.lines` have single spaces): the source lines inside the annex's span, without blanks and page furniture.
 * Falls back to the cleaned lines when the annex carries no span.
 */
export function annexSourceLines(extracted: Extracted, annex: Annex, language: Language): string[] {
  const span = annex.source?.span;
  if (!span || extracted.lines.length === 0) return annex.lines;
  return extracted.lines
    .filter((line) => line.start >= span[0] && line.end <= span[1])
    .map((line) => line.text.replace(/[\u00a0\u2000-\u200a\u202f\t]/g, ' ').trim())
    .filter((text) => text && !furnitureKind(text.replace(/\s+/g, ' '), language));
}
