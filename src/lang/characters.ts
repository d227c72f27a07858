/** Character classes read from code units, for the scans that pass over ASCII without a pattern. */

/** A–Z or a–z (setting bit 5 makes a capital small). */
export const isAsciiLetter = (code: number) => (code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a;

export const isAsciiDigit = (code: number) => code >= 0x30 && code <= 0x39;

const WHITE_SPACE = /\s/;

/** Whether the character at `at` is white space as `\s` reads it: ASCII's from the code, others by the pattern. */
export const isWhiteSpaceAt = (text: string, at: number) => {
  const code = text.charCodeAt(at);
  return code === 0x20 || (code >= 0x09 && code <= 0x0d) || (code >= 0x80 && WHITE_SPACE.test(text[at]));
};
