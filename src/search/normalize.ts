/**
 * Query normalisation: turns what people type into the stems the index knows.
 * For each word it tries the word itself, the same keys in the other keyboard layout, and a transliteration,
 * expands colloquial spellings from vocabulary.ts, and keeps the reading the index recognises. A word of five
 * letters or more that matches nothing is corrected to an index word one edit away.
 */
import {CYRILLIC_TO_LATIN, JCUKEN, LATIN_TO_CYRILLIC, PHRASES, QWERTY, STOP_WORDS, SYNONYMS} from './vocabulary';
import {fold, stem, words} from './text';

/** Longer input is cut: nobody types a 200-character query, and it keeps the work bounded. */
export const MAX_QUERY_LENGTH = 200;
const MAX_WORDS = 12;
const TYPO_MIN_LENGTH = 5;

const toCyrillicKeys = new Map([...QWERTY].map((key, i) => [key, JCUKEN[i]!]));
const toLatinKeys = new Map([...JCUKEN].map((key, i) => [key, QWERTY[i]!]));

/** «црфеыфзз» → «whatsapp», «fgb» → «апи»: the same keys read in the other layout. */
export function switchLayout(raw: string): string {
  const text = fold(raw);
  const latin = (text.match(/[a-z]/g) ?? []).length;
  const cyrillic = (text.match(/[а-я]/g) ?? []).length;
  const map = latin >= cyrillic ? toCyrillicKeys : toLatinKeys;
  return [...text].map((ch) => map.get(ch) ?? ch).join('');
}

export function latinToCyrillic(word: string): string {
  let out = '';
  for (let i = 0; i < word.length;) {
    const pair = LATIN_TO_CYRILLIC.find(([latin]) => word.startsWith(latin, i));
    if (pair) {
      out += pair[1];
      i += pair[0].length;
    } else {
      out += word[i];
      i += 1;
    }
  }
  return out;
}

export function cyrillicToLatin(word: string): string {
  return [...word].map((ch) => CYRILLIC_TO_LATIN[ch] ?? ch).join('');
}

/** Damerau–Levenshtein distance, capped: returns `max + 1` as soon as it is exceeded. */
export function editDistance(a: string, b: string, max = 1): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  if (max === 1) return withinOneEdit(a, b);
  const rows: number[][] = Array.from({length: a.length + 1}, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
  for (let j = 0; j <= b.length; j++) rows[0]![j] = j;
  for (let i = 1; i <= a.length; i++) {
    let best = i; // rows[i][0]: with an empty `b` the loop below does not run
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(rows[i - 1]![j]! + 1, rows[i]![j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, rows[i - 2]![j - 2]! + 1);
      rows[i]![j] = value;
      best = Math.min(best, value);
    }
    if (best > max) return max + 1;
  }
  return Math.min(rows[a.length]![b.length]!, max + 1);
}

/** The vocabulary by the stem of each spelling, so an inflected form finds its entry: «автоответчики», «галочку». */
const synonymsByStem = new Map(Object.entries(SYNONYMS).map(([spelling, meant]) => [stem(spelling), meant]));

/** The vocabulary entry of a word or of its stem; own keys only, so «constructor» is not Object.prototype.constructor. */
function synonymsOf(word: string): readonly string[] | undefined {
  return Object.hasOwn(SYNONYMS, word) ? SYNONYMS[word] : synonymsByStem.get(stem(word));
}

/** A spelling in the vocabulary one edit away from a word of five letters or more: «верефикация» → «верификация». */
function closestSpelling(word: string): string | undefined {
  if (word.length < TYPO_MIN_LENGTH) return undefined;
  return Object.keys(SYNONYMS).find((spelling) => spelling.length >= TYPO_MIN_LENGTH && editDistance(word, spelling) <= 1);
}

/** Joins the words a phrase stands for into one token: a phrase is one thing asked for, however many words it takes. */
const PHRASE_JOINER = '_';
const phraseStems = PHRASES.map(([phrase, meant]) => ({stems: words(phrase).map(stem), meant}));

/**
 * Splits the query into tokens, with each phrase of the vocabulary («двух телефонах») replaced by what it means in
 * the words the site uses, as one token («связанные_устройства»: `words()` splits it, the query counts it once).
 */
function tokensOf(query: string): string[] {
  const tokens = query.split(/\s+/).filter(Boolean);
  const stems = tokens.map((token) => words(token).map(stem).join(' '));
  const out: string[] = [];
  for (let i = 0; i < tokens.length;) {
    const phrase = phraseStems.find((p) => p.stems.every((s, k) => stems[i + k] === s));
    if (phrase) {
      out.push(phrase.meant.join(PHRASE_JOINER));
      i += phrase.stems.length;
    } else {
      out.push(tokens[i]!);
      i += 1;
    }
  }
  return out;
}

/** The stems one word stands for, after the vocabulary: «ватсап» → ["whatsapp"], «бизнес» → ["бизнес", "business"]. */
function stemsOf(word: string): string[] {
  const expanded = synonymsOf(word) ?? [word];
  return expanded
    .flatMap((w) => words(w))
    .filter((w) => !STOP_WORDS.has(w))
    .map(stem);
}

/**
 * The index terms of text in readers' words (the reader questions): its words and phrases read through the vocabulary
 * as a query's are, so «апи», «ватсап», «бан» and «сколько стоит» in a question meet what a query makes of them.
 */
export function readerTerms(text: string): string[] {
  return tokensOf(text).flatMap((token) => words(token).flatMap(stemsOf));
}

/** Alternative readings of one typed token, the literal one first. */
function readingsOf(token: string): string[][] {
  const literal = words(token);
  const switched = words(switchLayout(token));
  const readings = [literal, switched];
  for (const reading of [literal, switched]) {
    // A short Latin word is an abbreviation, not a transliteration: «ip» (телефония) is not «ип».
    if (reading.every((w) => /^[a-z]{3,}$/.test(w))) readings.push(reading.map(latinToCyrillic));
    if (reading.every((w) => /^[а-я]+$/.test(w))) readings.push(reading.map(cyrillicToLatin));
  }
  return readings.filter((r) => r.length > 0);
}

/**
 * The distance capped at 1 in one linear pass, with no table: the typo search runs it against every stem in the
 * index for each unknown word, so it must be cheap. Returns 0, 1 or 2 (meaning "more than one").
 */
function withinOneEdit(a: string, b: string): number {
  if (a === b) return 0;
  if (Math.abs(a.length - b.length) > 1) return 2;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  const restA = a.slice(i + 1);
  const restB = b.slice(i + 1);
  if (a.length === b.length) {
    if (restA === restB) return 1; // substitution
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2) ? 1 : 2; // transposition
  }
  // insertion or deletion: skip the extra letter of the longer word
  return a.length > b.length ? (a.slice(i + 1) === b.slice(i) ? 1 : 2) : a.slice(i) === restB ? 1 : 2;
}

/** Where `key` is, or would go, in sorted strings: the first index whose string is not below it. */
export function lowerBound(sorted: readonly string[], key: string): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (sorted[mid]! < key) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** Sorted stems per index, for the prefix look-up; built once per index. */
const sortedStems = new WeakMap<ReadonlySet<string>, string[]>();

/** Is some index stem a continuation of `prefix`? (The word may still be being typed.) */
function startsSomeKnown(prefix: string, known: ReadonlySet<string>): boolean {
  let sorted = sortedStems.get(known);
  if (!sorted) {
    sorted = [...known].sort();
    sortedStems.set(known, sorted);
  }
  return sorted[lowerBound(sorted, prefix)]?.startsWith(prefix) ?? false;
}

function closestKnown(stemmed: string, known: ReadonlySet<string>): string | undefined {
  for (const candidate of known) {
    if (editDistance(stemmed, candidate) <= 1) return candidate;
  }
  return undefined;
}

export interface NormalisedQuery {
  /** Stems to search for, each known to the index where a reading was found. */
  terms: string[];
  /** The stems of each typed word (or phrase) that stands for something: «бизнес» → ["бизнес", "business"]. */
  groups: string[][];
  /**
   * Stems that stand for a phrase's meaning and were not typed: «два телефона» asks about linked devices, but is
   * not the title «Связанные устройства».
   */
  meant: string[];
  /** The last term is still being typed: match it as a prefix. */
  prefixLast: boolean;
}

/**
 * @param known every stem in the index; readings are chosen by how many of their stems it contains.
 */
export function normaliseQuery(input: string, known: ReadonlySet<string>): NormalisedQuery {
  const query = input.slice(0, MAX_QUERY_LENGTH);
  // The limit counts words that are asked: «можно ли … и в … и через api одновременно» keeps «api» and «одновременно».
  const tokens = tokensOf(query)
    .filter((token) => !words(token).every((word) => STOP_WORDS.has(word)))
    .slice(0, MAX_WORDS);
  const terms: string[] = [];
  const groups: string[][] = [];
  const meant = new Set<string>();
  const typed = new Set(words(query).map(stem));
  const stillTyping = !/\s$/.test(query);
  tokens.forEach((token, index) => {
    const readings = readingsOf(token).map((reading) => reading.flatMap(stemsOf));
    const score = (stems: string[]) => stems.filter((s) => known.has(s)).length;
    let best = readings[0] ?? [];
    for (const stems of readings) if (score(stems) > score(best)) best = stems;
    if (score(best) === 0) {
      // No reading is known: correct a one-letter typo in each word of five letters or more.
      best = words(token).flatMap((word) => {
        const stems = stemsOf(word);
        if (word.length < TYPO_MIN_LENGTH || stems.some((s) => known.has(s))) return stems;
        // «катал» on its way to «каталог» is not a typo of «канал»: a word still being typed that begins an
        // index word is left for the prefix search.
        const last = stillTyping && index === tokens.length - 1;
        if (last && (startsSomeKnown(word, known) || stems.some((s) => startsSomeKnown(s, known)))) return stems;
        return stems.flatMap((s) => {
          const corrected = closestKnown(s, known) ?? closestKnown(word, known);
          // A corrected word gets its vocabulary too: «бизнесс» → «бизнес» → also «business».
          if (corrected) return synonymsOf(corrected) ? stemsOf(corrected) : [corrected];
          const spelling = closestSpelling(word);
          return spelling ? stemsOf(spelling) : [s];
        });
      });
    }
    for (const s of best) if (!terms.includes(s)) terms.push(s);
    const group = [...new Set(best)];
    // A word typed twice («whatsapp от whatsapp business») is asked for once.
    if (group.length > 0 && !groups.some((g) => g.join() === group.join())) {
      groups.push(group);
      if (token.includes(PHRASE_JOINER)) for (const s of group) if (!typed.has(s)) meant.add(s);
    }
  });
  return {terms, groups, meant: [...meant], prefixLast: terms.length > 0 && stillTyping};
}
