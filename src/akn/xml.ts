import { DOMParser, type Element, type Node } from '@xmldom/xmldom';
import { InputError } from '../errors.js';

/** Parses XML text, turning any well-formedness error into one line for the user. */
export function parseXml(xml: string): Element {
  let root: Element | null = null;
  try {
    const document = new DOMParser({
      onError: (level, message) => {
        if (level !== 'warning') throw new Error(message);
      },
    }).parseFromString(xml, 'text/xml');
    root = document.documentElement;
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0].replace(/^.*caused Error: \w+:/, '') : String(error);
    throw new InputError(`malformed XML: ${reason.trim()}`);
  }
  if (!root) throw new InputError('malformed XML: no root element');
  return root;
}

export const localName = (node: Node): string => (node as Element).localName ?? node.nodeName;

export const childElements = (node: Node): Element[] =>
  Array.from(node.childNodes).filter((child): child is Element => child.nodeType === 1);

export const child = (node: Node, name: string): Element | undefined => childElements(node).find((e) => localName(e) === name);

export const children = (node: Node, name: string): Element[] => childElements(node).filter((e) => localName(e) === name);

/** Every descendant element with that local name, in document order. */
export function descendants(node: Node, name: string): Element[] {
  const found: Element[] = [];
  const visit = (parent: Node) => {
    for (const element of childElements(parent)) {
      if (localName(element) === name) found.push(element);
      visit(element);
    }
  };
  visit(node);
  return found;
}

export const descendant = (node: Node, name: string): Element | undefined => descendants(node, name)[0];

/** Collapses runs of white space (including no-break and tab) to one space and trims. */
export const collapse = (text: string): string => text.replace(/[\s\u00a0\u2000-\u200b\u202f\u3000]+/gu, ' ').trim();

/**
 * The text of an element as printed: authorial notes (footnotes) are left out,
 * and the elements named in `skip` (a paragraph's own `num`, its nested list) too.
 */
export function textOf(node: Node, skip: readonly string[] = []): string {
  let text = '';
  const visit = (parent: Node) => {
    for (const item of Array.from(parent.childNodes)) {
      if (item.nodeType === 3 || item.nodeType === 4) text += item.nodeValue ?? '';
      else if (item.nodeType === 1) {
        const name = localName(item);
        if (name === 'authorialNote' || skip.includes(name)) continue;
        // Blocks (<p>, table cells) are separated by a space when joined.
        if (name === 'p' || name === 'td' || name === 'th' || name === 'tr') text += ' ';
        visit(item);
      }
    }
  };
  visit(node);
  // "1722 (2006) , 1785": no language of the UN sets a space before a comma.
  return collapse(text).replace(/(?<=[\p{L}\p{N})]) +(?=,)/gu, '');
}

/** Character offsets of elements in the XML text, from the parser's line and column. */
export class SourceMap {
  private readonly lineStarts: number[] = [0];

  constructor(private readonly xml: string) {
    for (const match of xml.matchAll(/\r\n|\n|\r/g)) this.lineStarts.push(match.index + match[0].length);
  }

  /** [start, end) of the element in the XML text, or undefined when the parser gave no position. */
  span(element: Element): [number, number] | undefined {
    const { lineNumber, columnNumber } = element;
    if (!lineNumber || !columnNumber || lineNumber > this.lineStarts.length) return undefined;
    const start = this.lineStarts[lineNumber - 1] + columnNumber - 1;
    return [start, this.endOf(element.nodeName, start)];
  }

  /** The end of the element starting at `start`: after its matching end tag, counting nested elements of the same name. */
  private endOf(tagName: string, start: number): number {
    const tags = new RegExp(`<(/?)${tagName.replace(/[.:]/g, '\\$&')}(?=[\\s/>])[^>]*?(/?)>`, 'g');
    tags.lastIndex = start;
    let depth = 0;
    for (let m = tags.exec(this.xml); m; m = tags.exec(this.xml)) {
      if (m[1]) depth--;
      else if (!m[2]) depth++;
      if (depth <= 0) return m.index + m[0].length;
    }
    return this.xml.length;
  }
}
