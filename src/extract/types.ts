import type { SourceFormat } from '../model.js';

/** One line of the source as the extractor saw it. Offsets point into `Extracted.text`. */
export interface SourceLine {
  /**
   * the line without leading and trailing white space ("" for a blank line); in a PDF, runs a column gap
   * apart (≥ 2.5 em) are joined by two spaces
   */
  text: string;
  /** 1-based page number; text without form feeds is one page until `clean` finds page furniture */
  page: number;
  start: number;
  end: number;
  /** leading spaces in text input; for PDF, the left edge in points */
  indent: number;
  /** PDF only: baseline from the top of the page, in points */
  y?: number;
  /** PDF only: font height in points */
  size?: number;
}

export interface Extracted {
  format: SourceFormat;
  /** the source text: decoded input, or for a PDF the extracted text with pages joined by "\f" */
  text: string;
  pages: number;
  /** empty for AKN input, which is imported, not re-parsed */
  lines: SourceLine[];
  sha256: string;
  /** what the user should know about the extraction (pages without text, undecodable characters), for `UNDocument.warnings` */
  warnings?: string[];
}
