/** What may stand before the root element of an XML or HTML document: declaration, processing instructions, comments, doctype. */
const PROLOG_PART = /^(?:\s+|<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<!DOCTYPE(?:[^>[]|\[[\s\S]*?\])*>)/i;
const ROOT_ELEMENT = /^<([A-Za-z_][\w.-]*(?::[A-Za-z_][\w.-]*)?)[\s/>]/;
/** Enough to get past any prolog a real document has, without scanning a whole large text. */
const PROLOG_LIMIT = 64 * 1024;

export interface Markup {
  /** local name of the root element, without a namespace prefix */
  root: string;
  html: boolean;
}

/** The root element of a text that is XML or HTML, or null when the text is not markup. */
export function markupRoot(text: string): Markup | null {
  let rest = text.slice(0, PROLOG_LIMIT);
  let html = false;
  for (let part = PROLOG_PART.exec(rest); part !== null && part[0] !== ''; part = PROLOG_PART.exec(rest)) {
    if (/^<!DOCTYPE\s+html\b/i.test(part[0])) html = true;
    rest = rest.slice(part[0].length);
  }
  const element = ROOT_ELEMENT.exec(rest);
  if (!element) return null;
  const root = element[1]!.split(':').at(-1)!;
  return { root, html: html || root.toLowerCase() === 'html' };
}
