import {describe, expect, it} from 'vitest';
import {MAX_QUERY_LENGTH, cyrillicToLatin, editDistance, latinToCyrillic, normaliseQuery, switchLayout} from '../normalize';
import {JCUKEN, QWERTY} from '../vocabulary';
import {stem} from '../text';

/** A small index vocabulary (stems), enough to see which reading the normaliser picks. */
const known: ReadonlySet<string> = new Set(['whatsapp', 'api', 'битрикс24', 'бизнес', 'business', 'каталог', 'ярлык', 'статус', 'spam', 'карт']);

const terms = (query: string, vocabulary: ReadonlySet<string> = known) => normaliseQuery(query, vocabulary).terms;

describe('switchLayout', () => {
  it('reads Latin keys typed in the Russian layout as Cyrillic', () => {
    expect(switchLayout('fgb')).toBe('апи');
    expect(switchLayout(',bnhbrc')).toBe('битрикс');
    expect(switchLayout('cnfnec')).toBe('статус');
  });

  it('reads Cyrillic keys typed in the Latin layout as Latin', () => {
    // «whatsapp» on a ЙЦУКЕН keyboard is «црфеыфзз» (w=ц, h=р); «цфеыфзз» lacks the «h» and reads «watsapp».
    expect(switchLayout('црфеыфзз')).toBe('whatsapp');
    expect(switchLayout('цфеыфзз')).toBe('watsapp');
    expect(switchLayout('ызфь')).toBe('spam');
  });

  it('goes both ways and round-trips every key', () => {
    expect(switchLayout('whatsapp')).toBe('црфеыфзз');
    expect(switchLayout('апи')).toBe('fgb');
    expect(switchLayout(QWERTY)).toBe(JCUKEN);
    // «ё» is folded to «е» before the switch (as everywhere in search), so only its key does not come back.
    const withoutYo = QWERTY.replace('`', '');
    expect(switchLayout(switchLayout(withoutYo))).toBe(withoutYo);
    expect(switchLayout(JCUKEN.replace('ё', ''))).toBe(withoutYo);
  });

  it('folds case first and leaves digits and spaces alone', () => {
    expect(switchLayout('ЦРФЕЫФЗЗ')).toBe('whatsapp');
    expect(switchLayout(',bnhbrc24')).toBe('битрикс24');
    expect(switchLayout('fgb 24')).toBe('апи 24');
  });
});

describe('transliteration', () => {
  it('Latin → Cyrillic takes the longest sequence first', () => {
    expect(latinToCyrillic('yarlyki')).toBe('ярлыки');
    expect(latinToCyrillic('shchuka')).toBe('щука');
    expect(latinToCyrillic('zhurnal')).toBe('журнал');
    expect(latinToCyrillic('ya')).toBe('я');
  });

  it('Cyrillic → Latin goes one letter at a time and keeps unknown characters', () => {
    expect(cyrillicToLatin('клауд')).toBe('klaud');
    expect(cyrillicToLatin('щука')).toBe('shchuka');
    expect(cyrillicToLatin('объём')).toBe('obёm'); // «ё» is folded to «е» before this is called
    expect(cyrillicToLatin('api24')).toBe('api24');
  });
});

describe('editDistance (Damerau, capped)', () => {
  it('is 0 for equal words', () => {
    expect(editDistance('каталог', 'каталог')).toBe(0);
    expect(editDistance('', '')).toBe(0);
  });

  it('is 1 for one substitution, insertion, deletion or transposition', () => {
    expect(editDistance('каталог', 'каталок')).toBe(1); // substitution
    expect(editDistance('бизнес', 'бизнесс')).toBe(1); // insertion
    expect(editDistance('шаблон', 'шаблн')).toBe(1); // deletion
    expect(editDistance('каталог', 'катаолг')).toBe(1); // transposition of neighbours
    expect(editDistance('ab', 'ba')).toBe(1);
  });

  it('returns max + 1 once the distance exceeds the cap', () => {
    expect(editDistance('каталог', 'катулок')).toBe(2);
    expect(editDistance('abcd', 'wxyz')).toBe(2);
    expect(editDistance('кот', 'собака')).toBe(2); // length differs by more than the cap
    expect(editDistance('abcd', 'wxyz', 2)).toBe(3);
    expect(editDistance('kitten', 'sitting', 3)).toBe(3);
  });

  it('measures against an empty word', () => {
    expect(editDistance('a', '')).toBe(1);
    expect(editDistance('', 'a')).toBe(1);
    expect(editDistance('ab', '', 2)).toBe(2);
    expect(editDistance('abc', '', 2)).toBe(3);
  });

  it('agrees with an uncapped reference implementation', () => {
    // Optimal string alignment distance, the full table.
    const reference = (a: string, b: string): number => {
      const d = Array.from({length: a.length + 1}, (_, i) => Array.from({length: b.length + 1}, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
      for (let i = 1; i <= a.length; i++) {
        for (let j = 1; j <= b.length; j++) {
          const cost = a[i - 1] === b[j - 1] ? 0 : 1;
          d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
          if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i]![j] = Math.min(d[i]![j]!, d[i - 2]![j - 2]! + 1);
        }
      }
      return d[a.length]![b.length]!;
    };
    let seed = 42;
    const random = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed % n;
    };
    const word = () => Array.from({length: random(7)}, () => 'abc'[random(3)]).join('');
    for (let k = 0; k < 2000; k++) {
      const a = word();
      const b = word();
      const max = 1 + random(3);
      expect(editDistance(a, b, max), `${a} / ${b} / max ${max}`).toBe(Math.min(reference(a, b), max + 1));
    }
  });
});

describe('normaliseQuery', () => {
  it('expands colloquial spellings from the vocabulary', () => {
    expect(terms('ватсап')).toEqual(['whatsapp']);
    expect(terms('Вотсап')).toEqual(['whatsapp']);
    expect(terms('ватсап бизнес')).toEqual(['whatsapp', 'бизнес', 'business']);
    expect(terms('битрих')).toEqual(['битрикс24']);
  });

  it('picks the other keyboard layout when the literal reading is unknown', () => {
    expect(terms('fgb')).toEqual(['api']);
    expect(terms(',bnhbrc')).toEqual(['битрикс24']);
    expect(terms('cnfnec')).toEqual(['статус']);
    expect(terms('ызфь')).toEqual(['spam']);
    // «цфеыфзз» reads «watsapp», which the vocabulary maps to WhatsApp.
    expect(terms('цфеыфзз')).toEqual(['whatsapp']);
  });

  it('keeps the literal reading when the index knows it', () => {
    expect(terms('cnfnec', new Set(['cnfnec', 'статус']))).toEqual(['cnfnec']);
    expect(terms('каталог')).toEqual(['каталог']);
  });

  it('picks a transliteration when that is what the index knows', () => {
    expect(terms('yarlyki')).toEqual(['ярлык']);
    expect(terms('спам')).toEqual(['spam']);
  });

  it('corrects a one-letter typo in a word of five letters or more', () => {
    expect(terms('каталок')).toEqual(['каталог']);
    expect(terms('корта')).toEqual(['карт']);
  });

  it('does not correct a word of four letters, nor a word two edits away', () => {
    expect(editDistance('корт', 'карт')).toBe(1);
    expect(terms('корт')).toEqual(['корт']);
    expect(terms('катулок')).toEqual(['катулок']);
  });

  it('gives a corrected word its vocabulary', () => {
    expect(terms('бизнесс')).toEqual(['бизнес', 'business']);
    expect(terms('бизнесс', new Set(['бизнес']))).toEqual(['бизнес', 'business']);
  });

  it('drops stop words', () => {
    expect(terms('как ватсап')).toEqual(['whatsapp']);
    expect(terms('the api')).toEqual(['api']);
    expect(terms('каталог и ярлыки')).toEqual(['каталог', 'ярлык']);
    expect(normaliseQuery('и в на', known)).toEqual({terms: [], groups: [], meant: [], prefixLast: false});
  });

  it('treats names of Object.prototype members as ordinary words', () => {
    expect(terms('constructor')).toEqual(['constructor']);
    expect(terms('__proto__ hasownproperty')).toEqual(['proto', 'hasownproperty']);
    expect(terms('constructr', new Set(['constructor']))).toEqual(['constructor']);
  });

  it('does not repeat a term', () => {
    expect(terms('ватсап вотсап whatsapp')).toEqual(['whatsapp']);
  });

  it('matches the last word as a prefix unless the query ends with whitespace', () => {
    expect(normaliseQuery('ватсап', known).prefixLast).toBe(true);
    expect(normaliseQuery('ватсап бизн', known).prefixLast).toBe(true);
    expect(normaliseQuery('ватсап ', known).prefixLast).toBe(false);
    expect(normaliseQuery('ватсап\t', known).prefixLast).toBe(false);
    expect(normaliseQuery('ватсап\n', known).prefixLast).toBe(false);
  });

  it('has no terms for an empty or blank query', () => {
    for (const blank of ['', ' ', '   ', '\t\n', '.,;!?', '— «» …']) {
      expect(normaliseQuery(blank, known), JSON.stringify(blank)).toEqual({terms: [], groups: [], meant: [], prefixLast: false});
    }
  });

  it(`cuts input longer than ${MAX_QUERY_LENGTH} characters`, () => {
    expect(MAX_QUERY_LENGTH).toBe(200);
    expect(terms(`${'x'.repeat(MAX_QUERY_LENGTH - 1)} ватсап`)).toEqual(['x'.repeat(MAX_QUERY_LENGTH - 1)]);
    expect(terms('q'.repeat(1000))).toEqual(['q'.repeat(MAX_QUERY_LENGTH)]);
    const long = normaliseQuery('ватсап '.repeat(1000), known);
    expect(long.terms).toEqual(['whatsapp']);
  });

  it('uses no more than 12 words', () => {
    const tokens = Array.from({length: 20}, (_, i) => `w${String(i).padStart(2, '0')}`);
    expect(terms(tokens.join(' '))).toEqual(tokens.slice(0, 12));
    expect(terms(`${tokens.slice(0, 12).join(' ')} ватсап`)).not.toContain('whatsapp');
  });
});

describe('a word still being typed', () => {
  const known = new Set(['каталог', 'канал', 'business']);

  it('is not "corrected" into another word when an index word begins with it', () => {
    expect(normaliseQuery('катал', known).terms).not.toContain('канал');
    expect(normaliseQuery('катал', known).prefixLast).toBe(true);
  });

  it('is corrected once it is finished (followed by a space) and still unknown', () => {
    expect(normaliseQuery('каталок ', known).terms).toEqual(['каталог']);
  });
});

describe('editDistance with max 1 (the fast path) agrees with the full table', () => {
  it('on 20,000 random pairs of short words', () => {
    const letters = 'абвгде';
    let seed = 11;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    const word = () => Array.from({length: Math.floor(random() * 6)}, () => letters[Math.floor(random() * letters.length)]).join('');
    for (let n = 0; n < 20_000; n++) {
      const [a, b] = [word(), word()];
      expect(editDistance(a, b, 1) <= 1, `${a} / ${b}`).toBe(editDistance(a, b, 3) <= 1);
    }
  });
});

describe('words the site names otherwise', () => {
  const site: ReadonlySet<string> = new Set([
    'автоматическ',
    'ответ',
    'связа',
    'устройств',
    'crm',
    'проверк',
    'verified',
    'телефон',
    'окн',
    '24',
    'час',
  ]);

  it('finds a vocabulary entry by its stem, so inflected forms work: «автоответчики», «галочку»', () => {
    expect(terms('автоответчики', site)).toEqual(['автоматическ', 'ответ']);
    expect(terms('amoCRM', site)).toEqual(['crm']);
  });

  it('corrects a typo to a vocabulary spelling when no index word is one edit away: «верефикация»', () => {
    expect(terms('верефикация ', site)).toEqual(['проверк', 'verified']);
    expect(terms('автоотвечик ', site)).toEqual(['автоматическ', 'ответ']);
  });

  it('reads a phrase as what it means, as one typed word, and says which stems were not typed', () => {
    expect(normaliseQuery('два телефона', site)).toEqual({
      terms: ['связа', 'устройств'],
      groups: [['связа', 'устройств']],
      meant: ['связа', 'устройств'],
      prefixLast: true,
    });
    // «двух телефонах» is the same phrase: phrases match on stems.
    expect(normaliseQuery('на двух телефонах ', site).groups).toEqual([['связа', 'устройств']]);
    expect(normaliseQuery('ответить через сутки', site).groups).toEqual([['ответ'], ['окн', '24', 'час']]);
  });

  it('joins a word family the stemmer leaves apart: «отвечать» and «ответы», «одном» and «один»', () => {
    expect(terms('отвечать', site)).toEqual(['ответ']);
    expect(terms('одном', new Set(['один']))).toEqual(['один']);
  });

  it('asks for a word typed twice once', () => {
    expect(normaliseQuery('ответ ответ', site).groups).toEqual([['ответ']]);
  });
});

describe('questions read as questions', () => {
  it('lets question words and fillers weigh nothing: «почему», «можно ли», «что делать если», «у нас», «подскажите»', () => {
    expect(normaliseQuery('почему можно ли что делать если у нас подскажите пожалуйста', new Set()).terms).toEqual([]);
    expect(normaliseQuery('какой какая какие какую', new Set(['как'])).terms).toEqual([]);
    expect(normaliseQuery('почему клиенту не уходит сообщение', new Set()).groups).toHaveLength(3);
  });

  it('reads «сутки» as the 24-hour window', () => {
    const {terms} = normaliseQuery('прошли сутки', new Set(['24', 'час', 'окн']));
    expect(terms).toEqual(expect.arrayContaining(['24', 'окн']));
  });
});

describe('a short Latin word', () => {
  it('is an abbreviation, not a transliteration: «ip» is not «ип»', () => {
    expect(terms('ip телефония', new Set(['ип', 'телефон']))).not.toContain('ип');
    expect(terms('yarlyki', new Set(['ярлык']))).toEqual(['ярлык']);
  });
});

describe('a long question', () => {
  it('keeps its last asked words: the word limit counts words that are asked, not «и», «в», «ли»', () => {
    const {terms} = normaliseQuery('можно ли пользоваться одним номером и в приложении whatsapp business и через api одновременно', known);
    expect(terms).toContain('api');
    expect(terms).toContain(stem('одновременно'));
  });
});
