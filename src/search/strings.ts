import {translate} from '@docusaurus/Translate';

export const searchStrings = {
  label: () => translate({id: 'search.label', message: 'Поиск по справочнику'}),
  /** Names the navbar's search landmark apart from the search page's, which its heading names. */
  navbarForm: () => translate({id: 'search.navbarForm', message: 'Быстрый поиск'}),
  /** Short enough for the navbar box on a 360 px phone (a longer hint was cut off there). */
  placeholder: () => translate({id: 'search.placeholder', message: 'Поиск…'}),
  results: () => translate({id: 'search.results', message: 'Результаты поиска'}),
  loading: () => translate({id: 'search.loading', message: 'Загружаем поиск…'}),
  failed: () => translate({id: 'search.failed', message: 'Поиск не загрузился. Обновите страницу или откройте раздел из меню.'}),
  nothing: (query: string) => translate({id: 'search.nothing', message: 'По запросу «{query}» ничего не нашлось.'}, {query}),
  nothingNext: () => translate({id: 'search.nothingNext', message: 'Попробуйте другие слова, или откройте:'}),
  nextAnswers: () => translate({id: 'search.next.answers', message: 'Готовые ответы'}),
  nextChooser: () => translate({id: 'search.next.chooser', message: 'Какой WhatsApp вам подходит?'}),
  found: (count: number) => translate({id: 'search.found', message: 'Найдено результатов: {count}'}, {count: String(count)}),
  /** When there are more relevant results than the page lists. */
  foundShown: (count: number, shown: number) =>
    translate(
      {id: 'search.foundShown', message: 'Найдено результатов: {count}, показаны первые {shown}'},
      {count: String(count), shown: String(shown)},
    ),
  allResults: () => translate({id: 'search.allResults', message: 'Все результаты на странице поиска'}),
  pageTitle: () => translate({id: 'search.pageTitle', message: 'Поиск'}),
  pageHeading: () => translate({id: 'search.pageHeading', message: 'Поиск по справочнику'}),
  needsJavaScript: () =>
    translate({id: 'search.needsJavaScript', message: 'Поиск работает только с включённым JavaScript. Все страницы справочника:'}),
  /** Where a result is: «WhatsApp Business API › Лимиты», «Обзор › Рассылки и цена · строка таблицы»: the page, the section, the kind. */
  place: (hit: {page: string; section?: string; kind: string}) => {
    const kind = searchStrings.kind(hit.kind);
    const where = hit.section ? `${hit.page} › ${hit.section}` : hit.page;
    return kind ? `${where} · ${kind}` : where;
  },
  kind: (kind: string) =>
    ({
      term: translate({id: 'search.kind.term', message: 'термин'}),
      row: translate({id: 'search.kind.row', message: 'строка таблицы'}),
      callout: translate({id: 'search.kind.callout', message: 'заметка'}),
      change: translate({id: 'search.kind.change', message: 'изменение'}),
      outcome: translate({id: 'search.kind.outcome', message: 'вариант подбора'}),
      answer: translate({id: 'search.kind.answer', message: 'готовый ответ'}),
    })[kind],
};
