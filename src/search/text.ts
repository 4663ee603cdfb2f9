/**
 * Tokenising and stemming shared by the index (built in Node after the site builds) and the browser,
 * so a word is reduced the same way on both sides.
 */
import {stemmer as russianStemmer} from '@orama/stemmers/russian';
import {STEM_FAMILIES} from './vocabulary';

/** Lowercase, «ё» → «е», Unicode-normalised. */
export function fold(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/ё/g, 'е');
}

/**
 * Words of letters and digits; everything else separates words. A number the site writes with a space between its
 * thousands («1 000», a no-break space) is one word, as readers type it: «1000».
 */
export function words(text: string): string[] {
  return (
    fold(text)
      .replace(/(?<=\d)[\s\u00a0\u202f](?=\d{3}(?!\d))/gu, '')
      .match(/[\p{L}\p{N}]+/gu) ?? []
  );
}

const CYRILLIC = /[а-я]/;

const FAMILY_OF = new Map(Object.entries(STEM_FAMILIES).flatMap(([root, members]) => members.map((m) => [m, root] as const)));

/** «интеграцию» → «интеграц», «отвечать» → «ответ» (its family); Latin words and numbers are kept as they are. */
export function stem(word: string): string {
  if (!CYRILLIC.test(word)) return word;
  const stemmed = word.length > 3 ? russianStemmer(word) : word;
  return FAMILY_OF.get(stemmed) ?? stemmed;
}
