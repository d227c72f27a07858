/**
 * The punctuation that ends clauses, in every UN language: Latin, the full-width forms of Chinese and the
 * Arabic comma and semicolon. The structure parser reads paragraph ends from these.
 */
export const FULL_STOPS = '.。';
export const SEMICOLONS = ';；؛';
export const COMMAS = ',，،';
export const COLONS = ':：';
