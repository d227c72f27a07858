import { COLONS, COMMAS, FULL_STOPS, SEMICOLONS } from './punctuation.js';

/** Closing quotes and parentheses, which may stand after a line's last punctuation mark. */
const CLOSERS = '"”’)）';

/** Whether a line ends with one of a set of punctuation marks. */
export interface Ending {
  test(text: string): boolean;
}

/**
 * A line ending with one of the characters, before any closing quotes or parentheses. Read from the end:
 * a pattern anchored there is tried from every position of the line.
 */
function endingWith(characters: string): Ending {
  return {
    test(text) {
      let end = text.length;
      while (end > 0 && CLOSERS.includes(text[end - 1])) end--;
      return end > 0 && characters.includes(text[end - 1]);
    },
  };
}

/** "…;" or "….": a paragraph or item that is finished. */
export const ENDS_SENTENCE = endingWith(FULL_STOPS + SEMICOLONS);
/** Any clause punctuation: what a heading never ends with. */
export const ENDS_PUNCTUATED = endingWith(FULL_STOPS + SEMICOLONS + COLONS + COMMAS);
/** Where a block of the preamble or of unnumbered text may end. */
export const ENDS_BLOCK = endingWith(FULL_STOPS + SEMICOLONS + COMMAS);
/** How a preambular paragraph ends ("Recalling …,"). */
export const ENDS_PREAMBULAR = endingWith(COMMAS + SEMICOLONS);
/** "… the following tasks:": an introduction to what follows. */
export const ENDS_COLON = endingWith(COLONS);
/** "….": a sentence that is finished. */
export const ENDS_FULL_STOP = endingWith(FULL_STOPS);
