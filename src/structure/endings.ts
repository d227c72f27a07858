import { COLONS, COMMAS, FULL_STOPS, SEMICOLONS } from '../lang/punctuation.js';

/** A line ending with one of the characters, before any closing quotes or parentheses. */
const endingWith = (characters: string) => new RegExp(`[${characters}]["”’)]*$`, 'u');

/** "…;" or "….": a paragraph or item that is finished. */
export const ENDS_SENTENCE = endingWith(FULL_STOPS + SEMICOLONS);
/** Any clause punctuation: what a heading never ends with. */
export const ENDS_PUNCTUATED = endingWith(FULL_STOPS + SEMICOLONS + COLONS + COMMAS);
/** Where a block of the preamble or of unnumbered text may end. */
export const ENDS_BLOCK = endingWith(FULL_STOPS + SEMICOLONS + COMMAS);
/** How a preambular paragraph ends ("Recalling …,"). */
export const ENDS_PREAMBULAR = endingWith(COMMAS + SEMICOLONS);
