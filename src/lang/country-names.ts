import type { Language } from '../model.js';

/**
 * Official short names of States that contain the word for "and", so that a list of sponsors
 * ("France, Trinidad and Tobago and United States of America") is not split inside a name.
 */
export const NAMES_WITH_AND: Partial<Record<Language, readonly string[]>> = {
  en: [
    'United Kingdom of Great Britain and Northern Ireland',
    'Bosnia and Herzegovina',
    'Trinidad and Tobago',
    'Antigua and Barbuda',
    'Saint Kitts and Nevis',
    'Saint Vincent and the Grenadines',
    'Sao Tome and Principe',
    'Serbia and Montenegro',
  ],
};

