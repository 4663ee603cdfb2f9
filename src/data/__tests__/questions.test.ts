/**
 * The questions support tickets asked that the guide could not answer (issue 23): each has a linkable place with
 * sourced text — a section (or callout) on the page that owns the topic, and a ready answer for agents to paste — and
 * the search contract (tests/search/queries.ts) sends a reader's words there. Read from the MDX and the data, so a
 * renamed id, a section that lost its sources or a dropped answer fails here, before any build.
 */
import {SEARCH_CASES} from '../../../tests/search/queries';
import {answers} from '../answers';
import {linkIds} from '../link-ids';
import {readPages} from '../source-usage';
import {isSourceKey} from '../sources';

interface Question {
  /** The question as tickets ask it. */
  asked: string;
  /** `/page#id`: the section or callout that answers it. */
  place: string;
  /** The ready answer's id on /answers. */
  answer: string;
}

const QUESTIONS: readonly Question[] = [
  {asked: 'Почему отклонили шаблон и что изменить?', place: '/whatsapp-business-api#template-review', answer: 'template-rejected'},
  {asked: 'Номер заблокировали: почему, как обжаловать, что теряется (приложение)', place: '/whatsapp-business#account-ban', answer: 'number-banned'},
  {asked: 'Аккаунт на платформе ограничили или заблокировали', place: '/whatsapp-business-api#policy-enforcement', answer: 'api-restricted'},
  {asked: 'Как сохранить и перенести переписку WhatsApp Business', place: '/whatsapp-business#backup', answer: 'backup-chats'},
  {asked: 'Что провайдер берёт сверх цены Meta и как сравнить провайдеров', place: '/whatsapp-business-api#provider-fees', answer: 'provider-fees'},
  {asked: 'Как перенести номер с платформы к другому провайдеру', place: '/whatsapp-business-api#provider-migration', answer: 'change-provider'},
  {asked: 'Чем пользуются вместо WhatsApp для клиентов в России', place: '/russia#alternatives', answer: 'russia-alternatives'},
  {asked: 'Скольким контактам уходит рассылка из приложения', place: '/whatsapp-business#broadcast-lists', answer: 'broadcast-list-size'},
  {
    asked: 'Может ли ИП или самозанятый подключить платформу, что нужно для проверки компании',
    place: '/whatsapp-business-api#business-verification',
    answer: 'sole-trader',
  },
];

const pages = readPages();

/** The MDX of a section: from its heading to the next heading of the same or a higher level (or a callout's body). */
function placeText(place: string): string | undefined {
  const [pagePath, id] = place.split('#') as [string, string];
  const text = pages.find((p) => p.path === pagePath)?.text;
  if (!text) return undefined;
  const lines = text.split('\n');
  const start = lines.findIndex((line) => line.includes(`{/* #${id} */}`) || line.includes(`id="${id}"`));
  if (start < 0) return undefined;
  const level = /^(#+) /.exec(lines[start]!)?.[1]!.length;
  const end = lines.findIndex((line, i) => {
    if (i <= start) return false;
    if (level === undefined) return line.startsWith('</Callout>');
    const heading = /^(#+) /.exec(line);
    return heading !== null && heading[1]!.length <= level;
  });
  return lines.slice(start, end < 0 ? undefined : end).join('\n');
}

describe.each(QUESTIONS)('«$asked»', ({place, answer: answerId}) => {
  it(`has its place, ${place}, and it cites sources`, () => {
    const text = placeText(place);
    expect(text, `${place}: no heading or callout with this id`).toBeDefined();
    const cited = [...text!.matchAll(/<Cite source="([^"]+)"/g)].map((m) => m[1]!);
    expect(cited.length, `${place} cites nothing`).toBeGreaterThan(0);
    for (const key of cited) expect(isSourceKey(key), key).toBe(true);
  });

  it(`has a ready answer, #${linkIds.answer(answerId)}, that cites sources and links to the place or its page`, () => {
    const answer = answers.find((a) => a.id === answerId);
    expect(answer, `no answer "${answerId}" in src/data/answers.ts`).toBeDefined();
    expect(answer!.sources?.length ?? 0).toBeGreaterThan(0);
    expect(answer!.link.split('#')[0]).toBe(place.split('#')[0]);
  });

  it('is found by search: the contract sends a reader’s words to the place or the answer', () => {
    const targets = [place, `/answers#${linkIds.answer(answerId)}`];
    expect(SEARCH_CASES.filter((c) => targets.includes(c.expect)).length).toBeGreaterThan(0);
  });
});

describe('the check itself', () => {
  it('finds a section by its id, stops at the next heading, and fails on a missing id', () => {
    expect(placeText('/whatsapp-business#backup')).toMatch(/^## Резервная копия[\s\S]*<Cite source=/);
    expect(placeText('/whatsapp-business#backup')).not.toContain('## Коротко в таблице');
    expect(placeText('/whatsapp-business#no-such-section')).toBeUndefined();
    expect(placeText('/whatsapp-business-api#sole-traders')).toMatch(/^<Callout[\s\S]*<Cite source=/);
  });
});
