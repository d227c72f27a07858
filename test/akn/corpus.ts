/** Test utility: the AKN files of the dev set (corpus/unxml-dev). */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';

export const DEV_SET = join(import.meta.dirname, '../../corpus/unxml-dev');

/** Language folders of 2020 and the model's code for each. */
export const LANGUAGE_FOLDERS = { English: 'en', French: 'fr', Spanish: 'es', Russian: 'ru', Chinese: 'zh', Arabic: 'ar' } as const;

const xmlFiles = (folder: string) =>
  readdirSync(folder)
    .filter((name) => name.endsWith('.xml'))
    .sort()
    .map((name) => join(folder, name));

/** Every English XML file: 2000–2009 and 2020/English (resolutions and presidential statements). */
export function englishFiles(): string[] {
  return readdirSync(DEV_SET)
    .filter((year) => /^\d{4}$/.test(year))
    .sort()
    .flatMap((year) => {
      const folder = join(DEV_SET, year);
      const english = join(folder, 'English');
      return xmlFiles(statSync(english, { throwIfNoEntry: false })?.isDirectory() ? english : folder);
    });
}

/** XML files that cannot be normalised, by file name, each with the reason (test/roundtrip-expectations.json). */
export const IRREGULAR_FILES: Readonly<Record<string, string>> = JSON.parse(
  readFileSync(join(import.meta.dirname, '../roundtrip-expectations.json'), 'utf8'),
).files;

/** The English resolutions only. */
export const englishResolutions = () => englishFiles().filter((file) => basename(file).startsWith('S_RES_'));

/** Every 2020 file in one language folder. */
export const filesIn2020 = (folder: keyof typeof LANGUAGE_FOLDERS) => xmlFiles(join(DEV_SET, '2020', folder));

/** `limit` files spread evenly over the list (all when limit is 0 or larger than the list). */
export function sample<T>(items: T[], limit: number): T[] {
  if (!limit || limit >= items.length) return items;
  return Array.from({ length: limit }, (_, i) => items[Math.floor((i * items.length) / limit)]);
}
