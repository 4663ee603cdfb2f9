import {existsSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {createElement} from 'react';
import {renderToStaticMarkup} from 'react-dom/server';
import {describe, expect, it} from 'vitest';
import {HIT_AT_1_MIN, SEARCH_CASES, measureHits} from '../../../tests/search/queries';
import {HELD_OUT} from '../../../tests/search/held-out';
import {HELD_OUT_2} from '../../../tests/search/held-out-2';
import {HELD_OUT_3} from '../../../tests/search/held-out-3';
import {HELD_OUT_4} from '../../../tests/search/held-out-4';
import {HELD_OUT_5} from '../../../tests/search/held-out-5';
import {openBuiltSearch, searchOver} from '../../../plugins/local-search/open-index';
import {SNIPPET_WORDS, SiteSearch, snippet} from '../engine';
import {buildSearchIndex} from '../../../plugins/local-search/build-index';
import Snippet from '../Snippet';
import {KINDS, type SearchBase} from '../index-format';
import type {SearchDocument, SearchHit} from '../types';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const BUILD = path.join(ROOT, 'build');
const INDEX = path.join(BUILD, 'search-index.json');
/** The quality checks need the built index: without it they fail and say so (npm test builds first). */
const built = existsSync(INDEX) ? openBuiltSearch(BUILD) : undefined;
const published = new Set(JSON.parse(readFileSync(path.join(ROOT, 'published-links.json'), 'utf8')) as string[]);

/** A few hand-made documents, so the robustness checks run without a build too. */
const small: SearchDocument[] = [
  {
    id: '/a#x',
    url: '/a#x',
    kind: 'section',
    page: 'WhatsApp',
    name: 'WhatsApp',
    title: 'Что это',
    text: 'WhatsApp — мессенджер для личного общения.',
  },
  {id: '/b#y', url: '/b#y', kind: 'section', page: 'WhatsApp Business', title: 'Каталог', text: 'Каталог товаров в приложении WhatsApp Business.'},
  {id: '/#row-price', url: '/#row-price', kind: 'row', page: 'Обзор', title: 'Стоимость', text: 'WhatsApp: бесплатно. Business API: платно.'},
  {id: '/c#z', url: '/c#z', kind: 'callout', page: 'Интеграции', title: 'Номер могут заблокировать', text: 'Серые интеграции нарушают условия.'},
];

const engines: [string, SiteSearch][] = [['hand-made documents', searchOver(small)]];
if (built) engines.push(['build/search-index.json', built]);

const plainParts = (hit: SearchHit) =>
  hit.snippet.every((part) => Object.keys(part).sort().join() === 'mark,text' && typeof part.text === 'string' && typeof part.mark === 'boolean');

describe('search quality on the built index (build/search-index.json)', () => {
  const search = built;

  it('has a built index to check', () => {
    expect(built, `${INDEX} is missing: run "npm run build" first`).toBeDefined();
  });

  it('counts every relevant result, not only the ones it lists', async () => {
    const {hits, total} = await search!.results('whatsapp', 20);
    expect(hits).toHaveLength(20);
    expect(total).toBeGreaterThan(20);
  });

  it('counts only results worth reading: a three-word query of common words does not report a hundred', async () => {
    for (const query of ['ватсап бизнес цена', 'номер телефона бизнес', 'цены']) {
      const {total} = await search!.results(query, 10);
      expect(total, query).toBeGreaterThan(0);
      expect(total, query).toBeLessThanOrEqual(40);
    }
  });

  it('shows no citation markup in a snippet («[Meta: …, проверено …]»), though the citations stay searchable', async () => {
    let checked = 0;
    for (const query of ['цены', 'лимиты сообщений', 'коды регистрации', 'чат-боты и ии', 'роскомнадзор', 'пропускная способность']) {
      for (const hit of await search!.search(query, 10)) {
        const text = hit.snippet.map((part) => part.text).join('');
        expect(text, `${query} → ${hit.url}`).not.toMatch(/проверено \d|по данным провайдеров:|\[[^\]]*, проверено/);
        checked += 1;
      }
    }
    expect(checked).toBeGreaterThan(20);
  });

  it.each(['как приготовить борщ', 'погода в москве завтра'])('finds nothing for «%s» (no list of weak matches)', async (query) => {
    expect(await search!.results(query, 20)).toEqual({hits: [], total: 0});
  });

  it('has documents of every kind', async () => {
    const base = JSON.parse(readFileSync(INDEX, 'utf8')) as SearchBase;
    const kinds = new Set(base.documents.map(([kind]) => KINDS[kind]));
    expect([...kinds].sort()).toEqual(['answer', 'callout', 'change', 'outcome', 'row', 'section', 'term']);
  });

  it.each(SEARCH_CASES.map((c) => ({...c})))('[$category] «$query» has $expect in the top 3', async ({query, expect: target}) => {
    const top = (await search!.search(query, 3)).map((hit) => hit.url);
    expect(top, `«${query}» → ${top.join(', ') || 'nothing'}`).toContain(target);
  });

  it(`puts the place first for at least ${100 * HIT_AT_1_MIN} % of the queries (hit@1)`, async () => {
    const results = new Map(
      await Promise.all(SEARCH_CASES.map(async ({query}) => [query, (await search!.search(query, 3)).map((hit) => hit.url)] as const)),
    );
    const {first, notFirst, mustBeFirst} = measureHits((query) => results.get(query) ?? []);
    expect(first, `hit@1 ${(100 * first).toFixed(1)} %; not first:\n${notFirst.join('\n')}`).toBeGreaterThanOrEqual(HIT_AT_1_MIN);
    expect(mustBeFirst, 'the cases marked `first` come first').toEqual([]);
  });

  it('every case expects a published link', () => {
    expect(SEARCH_CASES.filter((c) => !published.has(c.expect)).map((c) => c.expect)).toEqual([]);
  });

  it('every held-out set judges published links only (a renamed place would lower its figure without a word)', () => {
    const named = [HELD_OUT, HELD_OUT_2, HELD_OUT_3, HELD_OUT_4, HELD_OUT_5].flatMap((set) => set.flatMap((c) => [c.expect, ...c.alsoRight]));
    expect(named.filter((url) => url !== null && !published.has(url))).toEqual([]);
  });

  it('every result is a published link', async () => {
    for (const {query} of SEARCH_CASES) {
      for (const hit of await search!.search(query, 20)) expect(published, `«${query}» → ${hit.url}`).toContain(hit.url);
    }
  });
});

const HOSTILE: [string, string][] = [
  ['empty', ''],
  ['spaces', '   '],
  ['tabs and newlines', '\t\n\r '],
  ['2,000 characters', 'ватсап '.repeat(286)],
  ['2,000 letters in one word', 'ы'.repeat(2000)],
  ['regular-expression syntax and markup', '.*+?^${}()|[]\\<script>alert(1)</script>'],
  ['markup only', '<img src=x onerror=alert(1)>'],
  ['emoji', '📱💬 ватсап 👍🏽 👨‍👩‍👧'],
  ['Arabic (RTL)', 'واتساب للأعمال'],
  ['Hebrew (RTL) with a direction mark', '\u200fוואטסאפ עסקים'],
  ['mixed scripts', 'WhatsАpp бизнес API ワッツアップ 中文'],
  ['lone high surrogate', '\uD800'],
  ['lone low surrogate in a word', 'ват\uDC00сап'],
  ['null character', 'ват\u0000сап\u0000'],
  ['control and zero-width characters', '\u0007\u200b\u200d\ufeff'],
  ['combining marks', 'ва\u0301тсап и\u0306'],
  ['only stop words', 'и в на по the a'],
  ['only punctuation', '?!.,;:—«»…'],
  ['digits', '24 2026 1'],
  ['prototype keys', '__proto__ constructor toString hasOwnProperty'],
];

describe.each(engines)('search() on %s never throws on hostile input', (_name, search) => {
  it.each(HOSTILE)('%s', async (_label, query) => {
    for (const limit of [1, 3, 10]) {
      const hits = await search.search(query, limit);
      expect(hits.length).toBeLessThanOrEqual(limit);
      expect(hits.every(plainParts)).toBe(true);
    }
    expect((await search.search(query)).length).toBeLessThanOrEqual(10);
  });

  it('returns no results for a query with no words', async () => {
    for (const query of ['', '   ', '?!', 'и в на']) expect(await search.search(query)).toEqual([]);
  });

  it('honours the limit on a query that matches many documents', async () => {
    expect(await search.search('whatsapp', 2)).toHaveLength(2);
    expect(await search.search('whatsapp', 0)).toEqual([]);
  });
});

describe('snippet', () => {
  const text = (parts: SearchHit['snippet']) => parts.map((p) => p.text).join('');
  const marked = (parts: SearchHit['snippet']) => parts.filter((p) => p.mark).map((p) => p.text);

  it('marks the words whose stem matched, in any form and case', () => {
    const parts = snippet('Каталог товаров: каталоги и каталогом пользуются в WhatsApp Business.', new Set(['каталог', 'whatsapp']));
    expect(marked(parts)).toEqual(['Каталог', 'каталоги', 'каталогом', 'WhatsApp']);
    expect(text(parts)).toBe('Каталог товаров: каталоги и каталогом пользуются в WhatsApp Business.');
  });

  it('marks nothing and starts at the beginning when nothing matched', () => {
    const parts = snippet('Один два три.', new Set(['каталог']));
    expect(marked(parts)).toEqual([]);
    expect(text(parts)).toBe('Один два три.');
    expect(snippet('', new Set(['a']))).toEqual([]);
  });

  it('windows long text around the first match with ellipses', () => {
    const words = Array.from({length: 100}, (_, i) => (i === 50 ? 'каталог' : `слово${i}`));
    const parts = snippet(words.join(' '), new Set(['каталог']));
    expect(parts[0]).toEqual({text: '… ', mark: false});
    expect(parts.at(-1)).toEqual({text: ' …', mark: false});
    expect(marked(parts)).toEqual(['каталог']);
    const shown = text(parts).replace(/…/g, '').trim().split(/\s+/);
    expect(shown.length).toBeLessThanOrEqual(SNIPPET_WORDS);
    expect(shown.indexOf('каталог')).toBeGreaterThanOrEqual(1);
    expect(shown.indexOf('каталог')).toBeLessThanOrEqual(4);
  });

  it('keeps the start of long text when the match is near it, with an ellipsis at the end only', () => {
    const words = Array.from({length: 100}, (_, i) => (i === 1 ? 'каталог' : `слово${i}`));
    const parts = snippet(words.join(' '), new Set(['каталог']));
    expect(parts[0]!.text).toBe('слово0');
    expect(parts.at(-1)).toEqual({text: ' …', mark: false});
  });

  it('adds no ellipsis where no words were left out', () => {
    const exact = Array.from({length: SNIPPET_WORDS}, (_, i) => `слово${i}`).join(' ');
    expect(text(snippet(exact, new Set(['слово0'])))).toBe(exact);
    expect(text(snippet(`${exact}.`, new Set(['слово0'])))).toBe(exact); // the final gap may be cut, with no « …»
    const fifth = '«Один два три четыре каталог пять шесть»';
    expect(text(snippet(fifth, new Set(['каталог'])))).not.toContain('…');
  });

  it('never returns markup: text with tags comes back as plain text parts', () => {
    const hostile = '<script>alert(1)</script> Каталог <b onclick="x()">товаров</b> & «WhatsApp»';
    const parts = snippet(hostile, new Set(['каталог', 'товар']));
    expect(text(parts)).toBe(hostile);
    expect(parts.some((p) => p.text.includes('<mark'))).toBe(false);
    expect(marked(parts)).toEqual(['Каталог', 'товаров']);
    for (const part of parts) expect(Object.keys(part).sort()).toEqual(['mark', 'text']);
    // Rendered, the tags are escaped text and only the matches become <mark>.
    const html = renderToStaticMarkup(createElement(Snippet, {parts}));
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('<b ');
    expect(html).toContain('&lt;script&gt;');
    expect(html.match(/<mark>/g)).toHaveLength(2);
    expect(html).toContain('<mark>Каталог</mark>');
  });

  it('search results carry snippets with the matched words marked', async () => {
    const [hit] = await searchOver(small).search('каталогом');
    expect(hit!.url).toBe('/b#y');
    expect(hit!.snippet.filter((p) => p.mark).map((p) => p.text)).toEqual(['Каталог']);
  });
});

describe('a query that names a product', () => {
  it('asks about that product only when it asks something besides its name', async () => {
    const {namedProduct} = await import('../engine');
    const {normaliseQuery} = await import('../normalize');
    const named = (query: string) => namedProduct(normaliseQuery(query, new Set()).groups);
    expect(named('вацап бизнес цена')).toBe(1);
    expect(named('цена апи')).toBe(2);
    expect(named('сколько стоит whatsapp business api')).toBe(2);
    expect(named('апи')).toBe(-1);
    expect(named('вацап бизнес')).toBe(-1);
    expect(named('чем приложение business отличается от api')).toBe(-1);
    expect(named('окно 24 часа')).toBe(-1);
  });

  it('puts that product’s places first when another product says the same words', async () => {
    const docs: SearchDocument[] = [
      {
        id: '/whatsapp-business-api#limits',
        url: '/whatsapp-business-api#limits',
        kind: 'section',
        page: 'Раздел',
        title: 'Лимиты',
        text: 'Лимиты рассылки.',
      },
      {id: '/whatsapp-business#limits', url: '/whatsapp-business#limits', kind: 'section', page: 'Раздел', title: 'Лимиты', text: 'Лимиты рассылки.'},
    ];
    const search = searchOver(docs);
    expect((await search.search('лимиты рассылки бизнес', 2)).map((hit) => hit.url)[0]).toBe('/whatsapp-business#limits');
    expect((await search.search('лимиты рассылки апи', 2)).map((hit) => hit.url)[0]).toBe('/whatsapp-business-api#limits');
  });
});

describe('reader questions', () => {
  it('a document whose question is what was asked comes before one that only shares its words', async () => {
    const docs: SearchDocument[] = [
      {id: '/a#x', url: '/a#x', kind: 'section', page: 'Раздел', title: 'Журнал', text: 'Один номер был в приложении, потом в API; одновременно.'},
      {
        id: '/b#y',
        url: '/b#y',
        kind: 'section',
        page: 'Раздел',
        title: 'Режим',
        text: 'Номер работает в приложении и в API.',
        questions: 'можно ли один номер одновременно в приложении и в апи',
      },
    ];
    const query = 'один номер в приложении и в api одновременно';
    const {RANKING} = await import('../engine');
    const without = {...RANKING, questionBonus: 0, boost: {...RANKING.boost, questions: 0}};
    expect((await searchOver(docs, without).search(query, 2))[0]!.url).toBe('/a#x');
    const hits = await searchOver(docs).search(query, 2);
    expect(hits[0]!.url).toBe('/b#y');
    // The questions are indexed, never shown.
    expect(hits[0]!.snippet.map((part) => part.text).join('')).not.toContain('можно ли');
  });
});

describe('a question of four or more words', () => {
  it('prefers a section to a table row that says the same', async () => {
    const text = 'Номер телефона можно перенести из приложения в API.';
    const docs: SearchDocument[] = [
      {id: '/#row-number', url: '/#row-number', kind: 'row', page: 'Обзор', title: 'Номер', text},
      {id: '/a#number', url: '/a#number', kind: 'section', page: 'Раздел', title: 'Номер', text},
    ];
    const search = searchOver(docs);
    expect((await search.search('номер', 2))[0]!.url).toBe('/#row-number');
    expect((await search.search('как перенести номер телефона из приложения', 2))[0]!.url).toBe('/a#number');
  });
});

describe('the rare words of a query', () => {
  it('weigh more in a title than its common words: «Перенести номер» beats «Приложение и API» for a question about moving a number', async () => {
    // «приложение» and «API» are on every page; «перенести» and «номер» on two. Both titles hold two asked words and the
    // texts are the same: the title bonus alone sets them apart.
    const text = 'Перенести номер из приложения в API.';
    const docs: SearchDocument[] = [
      ...Array.from({length: 6}, (_, i): SearchDocument => ({
        id: `/f#${i}`,
        url: `/f#${i}`,
        kind: 'section',
        page: 'Раздел',
        title: `Раздел ${i}`,
        text: 'Приложение и API.',
      })),
      {id: '/a#common', url: '/a#common', kind: 'section', page: 'Раздел', title: 'Приложение и API', text},
      {id: '/a#move', url: '/a#move', kind: 'section', page: 'Раздел', title: 'Перенести номер', text},
    ];
    const query = 'перенести номер из приложения в api';
    const {RANKING} = await import('../engine');
    const lead = async (ranking: typeof RANKING) => {
      const hits = await searchOver(docs, ranking).search(query, 10);
      const score = (url: string) => hits.find((hit) => hit.url === url)!.score;
      return score('/a#move') / score('/a#common');
    };
    expect(await lead(RANKING)).toBeGreaterThan(1.1 * (await lead({...RANKING, rareWords: 0})));
    expect((await searchOver(docs).search(query, 2))[0]!.url).toBe('/a#move');
  });
});

describe('question words', () => {
  it('«какой» weighs nothing: «какой номер нужен» is about the number, not the page «Какой WhatsApp подходит»', async () => {
    const docs: SearchDocument[] = [
      {
        id: '/choose',
        url: '/choose',
        kind: 'section',
        page: 'Какой WhatsApp подходит',
        name: 'Какой WhatsApp подходит',
        title: 'Какой WhatsApp подходит',
        text: 'Ответьте на вопросы, и мы подскажем, какой нужен.',
      },
      {id: '/a#number', url: '/a#number', kind: 'section', page: 'Раздел', title: 'Номер телефона', text: 'Нужен номер, который может получить SMS.'},
    ];
    expect((await searchOver(docs).search('какой номер нужен', 2)).map((hit) => hit.url)).toEqual(['/a#number']);
  });
});

describe('an index from another build', () => {
  it('is refused with the versions named, not read wrong', () => {
    const {base} = buildSearchIndex(small);
    expect(() => new SiteSearch({...base, version: 3 as never}, async () => ({}))).toThrow(/version 3, this engine reads version 4; rebuild/);
  });
});

describe("reader questions in readers' words", () => {
  it('meet a query as the vocabulary reads it: «апи» and «ватсап» in a question are «API» and «WhatsApp»', async () => {
    const docs: SearchDocument[] = [
      {
        id: '/a#move',
        url: '/a#move',
        kind: 'section',
        page: 'Раздел',
        title: 'Переписка',
        text: 'Как сохранить переписку.',
        questions: 'как перенести номер из ватсап бизнес в апи',
      },
      {id: '/a#other', url: '/a#other', kind: 'section', page: 'Раздел', title: 'Другое', text: 'Перенести номер WhatsApp Business нельзя.'},
    ];
    const hits = await searchOver(docs).search('перенести номер whatsapp business api', 2);
    expect(hits[0]!.url).toBe('/a#move');
  });
});

describe('a long question that no place matches by half', () => {
  const docs: SearchDocument[] = [
    {
      id: '/a#ban',
      url: '/a#ban',
      kind: 'section',
      page: 'Раздел',
      title: 'Блокировка номера',
      text: 'За массовые рассылки номер могут заблокировать.',
    },
    {id: '/a#catalog', url: '/a#catalog', kind: 'section', page: 'Раздел', title: 'Каталог', text: 'Каталог товаров.'},
  ];
  it('still finds the places that match a third of it, and two words at least', async () => {
    const query = 'хотим разослать акцию клиентам чтобы номер не заблокировали';
    expect((await searchOver(docs).search(query, 2)).map((hit) => hit.url)).toEqual(['/a#ban']);
  });
  it('finds nothing when it shares one word with the site', async () => {
    expect(await searchOver(docs).search('погода в москве на выходные и номер такси', 2)).toEqual([]);
  });
});
