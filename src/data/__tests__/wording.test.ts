/**
 * The wording rules of the data (src/data/reporting.ts, enforced by src/data/validate.ts): a fact that only providers
 * or the press report reads as reported wherever it is cited, a page is never said to be silent about something
 * unless it is cited, and a table cell does not repeat its status word.
 */
import {answers} from '../answers';
import {chooser} from '../chooser';
import {comparison} from '../comparison';
import {corrections} from '../corrections';
import {FACTS} from '../facts';
import {NEGATIVE_CLAIM, REPORTED_WORDING} from '../reporting';
import type {Source} from '../schema';
import {SOURCES} from '../sources';
import {answersProblems, changesProblems, chooserProblems, comparisonProblems, sourcesProblems, wordingProblems} from '../validate';
import {cellOf, changesCopy, comparisonCopy} from './helpers';

const REPORTED = 'serviceAllowanceMake';
const OFFICIAL = 'serviceWindow';
const sources = SOURCES as Record<string, Source>;

describe('the patterns', () => {
  it.each(['По данным провайдеров, так', 'по сообщениям СМИ', 'по данным 360dialog', 'по сообщению Kyiv Post', 'по словам депутата'])(
    'reads «%s» as reported',
    (text) => expect(REPORTED_WORDING.test(text)).toBe(true),
  );

  it.each(['Meta пишет', 'подано данным', 'по данныммм', 'сообщают провайдеры'])('does not read «%s» as reported', (text) => {
    expect(REPORTED_WORDING.test(text)).toBe(false);
  });

  it.each(['на страницах Meta не упоминается', 'справка этого не говорит', 'там не сказано', 'Meta не указывает'])(
    'finds the claim in «%s»',
    (text) => {
      expect(NEGATIVE_CLAIM.test(text)).toBe(true);
    },
  );

  it.each(['мы не нашли страницы', 'не называем рекомендуемым', 'неупоминаемый'])('leaves «%s» alone', (text) => {
    expect(NEGATIVE_CLAIM.test(text)).toBe(false);
  });
});

describe('wordingProblems', () => {
  it('needs the reporting words only when a cited source is reported, and names it', () => {
    expect(wordingProblems('Первые ответы бесплатны.', [OFFICIAL], 'x')).toEqual([]);
    expect(wordingProblems('По данным провайдеров, первые ответы бесплатны.', [REPORTED], 'x')).toEqual([]);
    expect(wordingProblems('Первые ответы бесплатны.', [OFFICIAL, REPORTED], 'answer "a"')).toEqual([
      expect.stringMatching(new RegExp(`^answer "a": cites a reported source .* \\(${REPORTED}\\)$`)),
    ]);
  });

  it('allows a claim that a page is silent only beside a citation', () => {
    expect(wordingProblems('На странице Meta это не упоминается.', [], 'x')).toEqual([expect.stringContaining('«не упоминается»')]);
    expect(wordingProblems('На странице Meta это не упоминается.', [OFFICIAL], 'x')).toEqual([]);
  });
});

describe('the data follows the wording rules', () => {
  it('every table cell, answer, correction and chooser point that cites a reported source says so', () => {
    expect(comparisonProblems(comparison)).toEqual([]);
    expect(answersProblems(answers)).toEqual([]);
    expect(changesProblems(corrections, undefined, 'correction')).toEqual([]);
    expect(chooserProblems(chooser)).toEqual([]);
  });

  it('cites reported sources somewhere, so the rules above are exercised by real data', () => {
    const reportedKeys = Object.keys(SOURCES).filter((key) => sources[key]!.reported);
    expect(reportedKeys.length).toBeGreaterThan(0);
    const cells = comparison.groups.flatMap((g) => g.rows.flatMap((r) => Object.values(r.values)));
    const cited = [...cells.flatMap((c) => c.sources), ...answers.flatMap((a) => a.sources ?? [])];
    expect(cited.some((key) => reportedKeys.includes(key))).toBe(true);
  });

  it('every fact the register marks as reported is backed only by sources marked reported', () => {
    const reportedFacts = Object.entries(FACTS)
      .filter(([, fact]) => (fact.status as string) === 'reported')
      .map(([id]) => id);
    expect(reportedFacts.length).toBeGreaterThan(0);
    for (const [key, source] of Object.entries(sources)) {
      if (source.facts.some((id) => reportedFacts.includes(id))) expect(source.reported, key).toBeDefined();
    }
  });
});

describe('the validators reject what the rules forbid, naming the place', () => {
  it('a table cell that states a reported fact as firm', () => {
    const data = comparisonCopy();
    const cell = cellOf(data, 'price', 'whatsapp-business-api');
    cell.note = 'Первые ответы в месяц бесплатны.';
    expect(comparisonProblems(data)).toEqual([expect.stringMatching(/^row "price", field "values\.whatsapp-business-api": cites a reported source/)]);
  });

  it('a table cell whose text opens with its own status word («Платно Платно: …»)', () => {
    const data = comparisonCopy();
    cellOf(data, 'price', 'whatsapp-business-api').text = 'Платно: шаблоны';
    cellOf(data, 'price', 'whatsapp').text = 'бесплатно, для личного общения';
    expect(comparisonProblems(data)).toEqual([
      `row "price", field "values.whatsapp.text": «бесплатно, для личного общения» opens with the status word «Бесплатно», which the table already shows before it; start with what follows`,
      `row "price", field "values.whatsapp-business-api.text": «Платно: шаблоны» opens with the status word «Платно», which the table already shows before it; start with what follows`,
    ]);
  });

  it('still accepts a cell whose whole text is the status word (the table shows it once)', () => {
    const data = comparisonCopy();
    cellOf(data, 'catalog', 'whatsapp').text = 'Нет';
    expect(comparisonProblems(data)).toEqual([]);
  });

  it('a cell without sources that says a page does not mention something', () => {
    const data = comparisonCopy();
    const cell = cellOf(data, 'catalog', 'whatsapp-business-api');
    cell.note = 'На страницах Meta каталог не упоминается.';
    expect(comparisonProblems(data)).toEqual([
      expect.stringMatching(/^row "catalog", field "values\.whatsapp-business-api": says a page «не упоминается»/),
    ]);
  });

  it('an answer, a change and a chooser point that state a reported fact as firm', () => {
    const answer = {...answers[0]!, answer: 'Первые ответы бесплатны. Так пишут.', sources: [REPORTED]};
    expect(answersProblems([answer, ...answers.slice(1)])).toEqual([
      expect.stringMatching(new RegExp(`^answer "${answer.id}", field "answer": cites a reported source`)),
    ]);

    const changes = changesCopy();
    changes[0]!.now = 'Первые ответы бесплатны.';
    changes[0]!.sources = [REPORTED];
    expect(changesProblems(changes)).toEqual([
      expect.stringMatching(new RegExp(`^change "${changes[0]!.id}", field "now": cites a reported source`)),
    ]);

    const broken = structuredClone(chooser);
    broken.outcomes[0]!.cautions[0] = {text: 'Первые ответы бесплатны.', link: '/', source: REPORTED};
    expect(chooserProblems(broken)).toEqual([
      expect.stringMatching(new RegExp(`^outcome "${broken.outcomes[0]!.id}", field "cautions\\[0\\]\\.text": cites a reported source`)),
    ]);
  });

  it('a source that backs a reported fact but is not marked reported', () => {
    const key = 'broadcastZavu';
    const source = {...sources[key]!};
    delete source.reported;
    expect(sourcesProblems({...SOURCES, [key]: source})).toEqual([
      expect.stringMatching(new RegExp(`^source "${key}", field "reported": it backs F-bc-1`)),
    ]);
  });
});
