/** Character classes read from code units, for the scans that pass over ASCII without a pattern. */

/** A–Z or a–z (setting bit 5 makes a capital small). */
export const isAsciiLetter = (code: number) => (code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a;

export const isAsciiDigit = (code: number) => code >= 0x30 && code <= 0x39;
