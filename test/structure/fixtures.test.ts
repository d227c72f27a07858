import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readDocument } from '../../src/read.js';
import { treeText } from '../util/tree.js';

/**
 * Parser tests as fixture files, in the manner of lezer: each file holds cases, each case a title line
 * ("# …"), the input text, a line "==>", then the expected tree (see test/util/tree.ts). Add a case by adding text.
 */
const folder = join(import.meta.dirname, 'fixtures');

interface Case {
  title: string;
  input: string;
  expected: string;
}

function casesOf(file: string): Case[] {
  const text = readFileSync(join(folder, file), 'utf8');
  return text
    .split(/^# /m)
    .filter((chunk) => chunk.trim() !== '')
    .map((chunk) => {
      const [titleLine, ...rest] = chunk.split('\n');
      const [input, expected] = rest.join('\n').split(/^==>\n/m);
      return { title: titleLine.trim(), input: input.replace(/\n$/, ''), expected: expected.trim() };
    });
}

for (const file of readdirSync(folder).filter((f) => f.endsWith('.txt')).sort()) {
  describe(file.replace(/\.txt$/, ''), () => {
    for (const c of casesOf(file)) {
      it(c.title, async () => {
        const doc = await readDocument(Buffer.from(c.input));
        expect(treeText(doc)).toBe(c.expected);
      });
    }
  });
}
