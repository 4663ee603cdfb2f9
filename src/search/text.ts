/**
 * Tokenising and stemming shared by the index (built in Node after the site builds) and the browser,
 * so a word is reduced the same way on both sides.
 */
import {stemmer as russianStemmer} from '@orama/stemmers/russian';

/** Lowercase, «ё» → «е», Unicode-normalised. */
export function fold(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/ё/g, 'е');
}

/** Words of letters and digits; everything else separates words. */
export function words(text: string): string[] {
  return fold(text).match(/[\p{L}\p{N}]+/gu) ?? [];
}

const CYRILLIC = /[а-я]/;

/** «интеграцию» → «интеграц»; Latin words and numbers are kept as they are. */
export function stem(word: string): string {
  return CYRILLIC.test(word) && word.length > 3 ? russianStemmer(word) : word;
}
