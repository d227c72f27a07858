/**
 * The document model: what every stage after `structure` reads.
 * The JSON printed by `mandate parse --json` is this model; its core is a stable contract (docs/model.md).
 */

export type DocumentKind =
  | 'resolution'
  | 'draft-resolution'
  | 'sg-report'
  | 'letter'
  | 'press-release'
  | 'presidential-statement'
  | 'other';
export const DOCUMENT_KINDS: readonly DocumentKind[] = ['resolution', 'draft-resolution', 'sg-report', 'letter', 'press-release', 'presidential-statement', 'other'];

/** ISO 639-1 codes of the six UN languages. */
export type Language = 'en' | 'fr' | 'es' | 'ru' | 'zh' | 'ar';
export const LANGUAGES: readonly Language[] = ['en', 'fr', 'es', 'ru', 'zh', 'ar'];

export type SourceFormat = 'pdf' | 'text' | 'akn';

/**
 * Where a piece of the model came from: the page(s) of the original and the character span
 * [start, end) in the source text (the decoded input text; for a PDF, the text the extractor produced,
 * pages joined by form feeds). AKN input has no pages: `pages` is then [1, 1] and `span` points into the XML text.
 */
export interface Provenance {
  pages: [number, number];
  span: [number, number];
}

/** A reference inside a paragraph to another part of the same document ("paragraph 20 (a) (ii) above"). */
export interface InternalReference {
  /** the words as printed */
  text: string;
  /** character span inside the paragraph's `text` */
  span: [number, number];
  /** ids of the paragraphs or items it names (a range "31 to 36" names each) */
  targets: string[];
}

export interface Preambular {
  /** stable id: "pre1", "pre2", … */
  id: string;
  text: string;
  /** the opening participle or phrase: "Recalling", "Acting under Chapter VII", "Deeply concerned" */
  opener?: string;
  source?: Provenance;
}

export interface Item {
  /** stable id: parent id + "." + label without parentheses ("op20.a.ii"); dash and bullet items "d1", "d2", … */
  id: string;
  /** "(a)", "(ii)", "-" for a dash or bullet item, "" for an unnumbered block */
  num: string;
  /** heading of a titled item ("Good offices and reconciliation"); `text` is then what follows it */
  title?: string;
  text: string;
  items: Item[];
  refs?: InternalReference[];
  source?: Provenance;
}

export interface Heading {
  type: 'heading';
  id: string;
  /** section number of a report ("I", "A"), absent for resolution headings */
  num?: string;
  /** 1 for main sections, 2 for subsections */
  level?: number;
  text: string;
  source?: Provenance;
}

export interface Paragraph {
  type: 'paragraph';
  /** stable id: "op1" for operative paragraphs of resolutions and drafts, "p1" for report paragraphs */
  id: string;
  num: string;
  /** the paragraph's text without its number, on one line */
  text: string;
  /** opening verb of an operative paragraph ("Decides", "Further requests") */
  opener?: string;
  items: Item[];
  refs?: InternalReference[];
  source?: Provenance;
}

export type BodyNode = Heading | Paragraph;

export interface Annex {
  id: string;
  /** "I", "II", or "" for a single annex */
  num: string;
  title?: string;
  /** the annex's text lines, cleaned (tables are reconstructed by a later stage) */
  lines: string[];
  /** a whole document carried as an annex (a resolution annexed to a letter) */
  document?: UNDocument;
  source?: Provenance;
}

/** How each Council member voted, members named as the source prints them (resolved to ISO codes in `votes`). */
export interface VoteRecord {
  inFavour: string[];
  against: string[];
  abstaining: string[];
  notParticipating: string[];
  /** the source says "adopted unanimously" (or "without a vote") without listing members */
  unanimous?: boolean;
}

/** What the adoption record says: draft, sponsors, how and when it was adopted. */
export interface Adoption {
  /** symbol of the draft resolution ("S/2017/558") */
  draft?: string;
  sponsors?: string[];
  /** "Adopted unanimously; voting by mail", "Adopted 13-0-2" */
  outcome?: string;
  /** symbol of the record of the vote: a meeting record or a letter ("S/PV.7991", "S/2020/613") */
  record?: string;
  chapterVII?: boolean;
  votes?: VoteRecord;
}

export interface UNDocument {
  kind: DocumentKind;
  /** normalised UN symbol: "S/RES/2364 (2017)", "S/2017/558", "S/PRST/2015/22" */
  symbol: string | null;
  language: Language;
  /** date of the document (ISO YYYY-MM-DD) */
  date: string | null;
  /** meeting number of adoption, if any */
  meeting: number | null;
  /** resolution number (2364) for resolutions */
  number?: number;
  title?: string;
  /** sponsors of a draft resolution */
  sponsors?: string[];
  adoption?: Adoption;
  /** "The Security Council," */
  formula?: string;
  preamble: Preambular[];
  body: BodyNode[];
  annexes?: Annex[];
  /** problems met while reading, for the user: never silent */
  warnings?: string[];
  source: {
    format: SourceFormat;
    /** sha256 of the input bytes */
    sha256: string;
    pages: number;
  };
}
