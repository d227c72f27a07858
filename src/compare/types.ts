/**
 * The comparison of two documents: a stable JSON contract (docs/compare.md). Fields are only ever added.
 */
import type { DocumentKind } from '../model.js';
import type { MandateComparison } from './mandate.js';

/**
 * What kind of difference a change is. Typography and extraction differences are never changes;
 * `renumbering` is a number changed in an in-text reference that names the same, renumbered, paragraph.
 */
export type ChangeClass = 'substantive' | 'editorial' | 'spelling' | 'renumbering';

export interface Change {
  op: 'equal' | 'insert' | 'delete' | 'replace';
  /** the left text of this span ("" for an insertion) */
  left: string;
  /** the right text of this span ("" for a deletion) */
  right: string;
  class: ChangeClass | 'none';
}

/** The class of an aligned pair: the weightiest difference it shows. */
export type PairClass = 'identical' | 'renumbered' | 'moved' | 'spelling' | 'editorial' | 'substantive' | 'split' | 'merge';

export type Level = 'preamble' | 'heading' | 'paragraph' | 'item';

export interface UnitRef {
  /** id in the document model ("op20.a.ii"); for a split or merged side, the part ids joined by "+" */
  id: string;
  num: string;
  /** the parts of a split or merged side, in order */
  parts?: { id: string; num: string }[];
}

export interface Pair {
  level: Level;
  left: UnitRef;
  right: UnitRef;
  class: PairClass;
  /** out of order against the other aligned units of its list, or moved under another parent */
  moved: boolean;
  /** same unit under another number */
  renumbered: boolean;
  /** similarity of the two texts, 0–1 */
  similarity: number;
  /** reading order of the comparison: the right unit's position in its document (pairs come sorted by it) */
  position: number;
  changes: Change[];
}

export interface UnmatchedUnit {
  level: Level;
  id: string;
  num: string;
  text: string;
  /**
   * reading order of the comparison, comparable with `Pair.position`: an added unit's position in the right
   * document; a deleted unit stands half a step after the right counterpart of what preceded it on the left
   */
  position: number;
}

export interface ComparisonSummary {
  /** aligned pairs with a substantive change */
  changed: number;
  editorial: number;
  spelling: number;
  added: number;
  deleted: number;
  moved: number;
  split: number;
  merged: number;
  renumbered: number;
  /** share of the two texts that is common, 0–1 */
  similarity: number;
}

export interface DocumentRef {
  symbol: string | null;
  kind: DocumentKind;
  date: string | null;
}

export interface Comparison {
  version: 1;
  left: DocumentRef;
  right: DocumentRef;
  /** one line: "no substantive change", "3 paragraphs changed, 1 added, 2 deleted, 1 moved" */
  verdict: string;
  summary: ComparisonSummary;
  pairs: Pair[];
  added: UnmatchedUnit[];
  deleted: UnmatchedUnit[];
  /** mandate-level differences, when both documents are resolutions or drafts */
  mandate: MandateComparison | null;
  /** what the user should know about this comparison: never silent */
  warnings?: string[];
}
