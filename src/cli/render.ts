import pc from 'picocolors';
import type { Item, UNDocument } from '../model.js';

/** Word-wraps text to `width` columns, every line after the first indented by `hang`. */
export function wrap(text: string, width: number, indent = '', hang = indent): string {
  const words = text.split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let line = indent;
  for (const word of words) {
    const prefix = lines.length === 0 ? indent : hang;
    if (line.length > prefix.length && line.length + 1 + word.length > width) {
      lines.push(line);
      line = hang + word;
    } else {
      line = line.length > prefix.length ? `${line} ${word}` : prefix + word;
    }
  }
  lines.push(line);
  return lines.join('\n');
}

function renderItems(items: Item[], depth: number, width: number, out: string[]): void {
  const indent = '    '.repeat(depth);
  for (const item of items) {
    const label = item.num === '-' ? '–' : item.num;
    const head = `${indent}${label ? `${label} ` : ''}`;
    if (item.title) out.push(pc.bold(wrap(item.title, width, head, indent + '    ')));
    if (item.text) out.push(wrap(item.text, width, item.title ? indent + '    ' : head, indent + '    '));
    renderItems(item.items, depth + 1, width, out);
  }
}

/** The document as a reader sees it in a terminal: cover facts, preamble, headings, numbered paragraphs. */
export function renderDocument(doc: UNDocument, width = 100): string {
  const out: string[] = [];
  const facts = [doc.kind, doc.language, doc.date, doc.meeting ? `meeting ${doc.meeting}` : null].filter(Boolean).join(' · ');
  out.push(pc.bold(doc.symbol ?? '(no symbol)') + '  ' + pc.dim(facts));
  if (doc.title) out.push(pc.bold(wrap(doc.title, width)));
  if (doc.sponsors?.length) out.push(pc.dim(`Sponsors: ${doc.sponsors.join(', ')}`));
  for (const warning of doc.warnings ?? []) out.push(pc.yellow(`! ${warning}`));
  out.push('');
  if (doc.formula) out.push(pc.italic(doc.formula), '');
  for (const p of doc.preamble) {
    const opener = p.opener && p.text.startsWith(p.opener) ? p.opener : '';
    out.push(wrap(pc.italic(opener) + p.text.slice(opener.length), width, '    ', ''), '');
  }
  for (const node of doc.body) {
    if (node.type === 'heading') {
      out.push(pc.bold(pc.cyan(wrap([node.num, node.text].filter(Boolean).join('. '), width))), '');
      continue;
    }
    const num = node.num ? `${node.num}. ` : '';
    const opener = node.opener && node.text.startsWith(node.opener) ? node.opener : '';
    out.push(wrap(pc.bold(num) + pc.italic(opener) + node.text.slice(opener.length), width, '', ''));
    renderItems(node.items, 1, width, out);
    out.push('');
  }
  for (const annex of doc.annexes ?? []) {
    out.push(pc.bold(pc.cyan(`Annex ${annex.num}`.trim())) + (annex.title ? ` — ${annex.title}` : ''));
    if (annex.document) out.push(renderDocument(annex.document, width));
    else out.push(pc.dim(`(${annex.lines.length} lines)`));
    out.push('');
  }
  return out.join('\n');
}
