import { InputError } from '../errors.js';
import type { UNDocument } from '../model.js';
import { findCeilings } from './ceilings.js';
import { findHostCountry, findMission } from './mission.js';
import { findReporting } from './reporting.js';
import { findRequests } from './requests.js';
import { findChapterVII, findExpiry, findForce, termStatements } from './scalars.js';
import { findTasks } from './tasks.js';
import { phrasesFor } from './text.js';
import type { MandateFacts } from './types.js';

export type * from './types.js';

/**
 * The mandate facts of a resolution or draft resolution, each with the words it was read from.
 * Phrases come from src/lang/mandate.ts for the document's language; what a language lacks is reported in `warnings`.
 */
export function extractFacts(doc: UNDocument): MandateFacts {
  if (doc.kind !== 'resolution' && doc.kind !== 'draft-resolution') {
    throw new InputError(`mandate facts are read from resolutions and draft resolutions, not from a ${doc.kind}`);
  }
  const phrases = phrasesFor(doc.language);
  const warnings: string[] = [];
  if (Object.keys(phrases).length === 0) {
    warnings.push(`mandate phrases are not known in language "${doc.language}" yet: only what the adoption record says (Chapter VII) is read`);
  }
  if (!doc.date) warnings.push('the document has no adoption date: terms and due dates counted from it are left out');

  const terms = termStatements(doc, phrases);
  const mission = findMission(doc, phrases, terms);
  const expiry = findExpiry(terms, mission, phrases, doc.language);
  const chapterVII = findChapterVII(doc, phrases);
  const force = findForce(doc, mission, phrases);
  const expires = expiry?.date ?? null;
  return {
    symbol: doc.symbol,
    date: doc.date,
    mission,
    hostCountry: findHostCountry(doc, mission, phrases),
    expires,
    chapterVII: chapterVII.value,
    forceAuthorized: force !== null,
    ceilings: findCeilings(doc, phrases),
    tasks: findTasks(doc, phrases, mission),
    requests: findRequests(doc, phrases),
    reporting: findReporting(doc, phrases, expires),
    sources: {
      ...(expiry ? { expires: expiry.source } : {}),
      ...(chapterVII.source ? { chapterVII: chapterVII.source } : {}),
      ...(force ? { forceAuthorized: force } : {}),
    },
    ...(warnings.length ? { warnings } : {}),
  };
}
