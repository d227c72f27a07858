import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { withStore, type StoreCommandOptions } from '../../store/cli-options.js';
import { storedDocument, type FindOptions, type LinkView, type StoredDocument } from '../../store/queries.js';

/**
 * For `mandate show SYMBOL` (registered by the show command): the stored document with that symbol, or null when it is
 * not stored. Never creates a data directory: with no DATABASE_URL and no data directory there is nothing stored.
 */
export async function findStoredDocument(symbol: string, options: StoreCommandOptions & FindOptions = {}): Promise<StoredDocument | null> {
  if (!process.env.DATABASE_URL && !existsSync(resolve(options.data ?? process.env.MANDATE_DATA ?? 'data'))) return null;
  return withStore(options, ({ db }) => storedDocument(db, symbol, options));
}

function linkLine(link: LinkView, direction: 'to' | 'from'): string {
  const evidence = link.evidence.rule === 'same-date-and-text' ? `${link.evidence.rule}, similarity ${link.evidence.similarity}`
    : 'paragraph' in link.evidence ? `${link.evidence.rule} in ${link.evidence.paragraph}: "${link.evidence.text}"`
      : link.evidence.rule;
  const stored = link.stored ? '' : ' (not stored)';
  const line = `  ${direction === 'to' ? link.kind : `${link.kind} ←`} ${link.symbol ?? `(no symbol${link.documentId ? `, id ${link.documentId}` : ''})`}${stored}  [${evidence}]`;
  const figures = 'figures' in link.evidence ? link.evidence.figures : undefined;
  if (!figures) return line;
  const checked = figures.checks.map((c) => `${c.figure} ${c.summary}${c.agrees ? ' ✓' : ` ✗ (the resolution: ${c.resolution ?? 'not stated'})`}`).join(', ');
  return `${line}\n    figures checked against the resolution: ${checked || 'none stated'}`;
}

/** What the store knows about a document besides its text: versions, facts in brief, links both ways. */
export function describeStoredDocument(stored: StoredDocument): string {
  const lines = [`stored: version ${stored.version} of ${stored.versions.length}, ${stored.language}, from ${stored.fileName}, ingested ${stored.ingestedAt}`];
  if (stored.facts) {
    const f = stored.facts;
    const mission = f.mission ? (f.mission.acronym ?? f.mission.name) : 'no mission';
    lines.push(`facts: ${mission}; expires ${f.expires ?? '—'}; ${f.ceilings.length} ceilings, ${f.tasks.length} tasks, ${f.reporting.length} reporting requests`);
  }
  if (stored.linksOut.length > 0) lines.push('links:', ...stored.linksOut.map((l) => linkLine(l, 'to')));
  if (stored.linksIn.length > 0) lines.push('linked from:', ...stored.linksIn.map((l) => linkLine(l, 'from')));
  return lines.join('\n');
}
