import {translate} from '@docusaurus/Translate';

export const reportStrings = {
  link: () => translate({id: 'report.link', message: 'Сообщить об ошибке'}),
  name: (label: string) => translate({id: 'report.name', message: 'Сообщить об ошибке в „{label}“'}, {label}),
  title: (label: string) => translate({id: 'report.title', message: 'Ошибка в справочнике: {label}'}, {label}),
  page: () => translate({id: 'report.page', message: 'Где'}),
  text: () => translate({id: 'report.text', message: 'Что написано'}),
  sources: () => translate({id: 'report.sources', message: 'Источники (дата проверки)'}),
  correction: () => translate({id: 'report.correction', message: 'Что не так и как правильно (со ссылкой на источник, если есть)'}),
  searchMiss: () => translate({id: 'report.searchMiss', message: 'Не нашли ответ?'}),
  searchMissLink: () => translate({id: 'report.searchMissLink', message: 'Напишите, что искали'}),
  searchMissTitle: (query: string) => translate({id: 'report.searchMissTitle', message: 'Поиск не нашёл ответ: {query}'}, {query}),
  searchQuery: () => translate({id: 'report.searchQuery', message: 'Запрос'}),
  searchWanted: () => translate({id: 'report.searchWanted', message: 'Что хотели узнать'}),
};
