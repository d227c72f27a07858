/** A line of content after page furniture is gone and characters are normalised. Offsets point into the source text. */
export interface CleanLine {
  text: string;
  page: number;
  start: number;
  end: number;
  indent: number;
  /** a blank line (or a page break) stood before this one in the source */
  blankBefore: boolean;
}
