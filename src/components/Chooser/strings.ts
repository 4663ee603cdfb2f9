import {translate} from '@docusaurus/Translate';

export const chooserStrings = {
  formLabel: () => translate({id: 'chooser.form', message: 'Вопросы о вашей ситуации'}),
  show: () => translate({id: 'chooser.show', message: 'Показать рекомендацию'}),
  reset: () => translate({id: 'chooser.reset', message: 'Начать заново'}),
  resultHeading: () => translate({id: 'chooser.resultHeading', message: 'Ваш результат'}),
  recommendation: () => translate({id: 'chooser.recommendation', message: 'Рекомендация'}),
  waiting: (answered: number, total: number) =>
    translate(
      {id: 'chooser.waiting', message: 'Рекомендация появится здесь, когда вы ответите на все вопросы. Отвечено: {answered} из {total}.'},
      {answered, total},
    ),
  allOutcomes: () => translate({id: 'chooser.allOutcomes', message: 'Все варианты и когда каждый подходит — в таблице'}),
  allOutcomesLink: () => translate({id: 'chooser.allOutcomesLink', message: '«Все варианты»'}),
  ignored: (items: string) => translate({id: 'chooser.ignored', message: 'Часть ответов из ссылки не распознана и пропущена: {items}.'}, {items}),
  ignoredMore: (count: number) => translate({id: 'chooser.ignoredMore', message: 'и ещё {count}'}, {count}),
  announceOutcome: (title: string) => translate({id: 'chooser.announce', message: 'Рекомендация: {title}'}, {title}),
  announceMissing: (legend: string) => translate({id: 'chooser.missing', message: 'Ответьте ещё на вопрос: {legend}'}, {legend}),
  reasons: () => translate({id: 'chooser.reasons', message: 'Почему'}),
  cautions: () => translate({id: 'chooser.cautions', message: 'Что учесть'}),
  more: () => translate({id: 'chooser.more', message: 'подробнее'}),
  readNext: () => translate({id: 'chooser.readNext', message: 'Читать дальше'}),
  copyResult: () => translate({id: 'chooser.copyResult', message: 'Скопировать ссылку на результат'}),
  resultCopied: () => translate({id: 'chooser.resultCopied', message: 'Ссылка на результат скопирована'}),
  copyFailed: (url: string) => translate({id: 'chooser.copyFailed', message: 'Не удалось скопировать. Ссылка: {url}'}, {url}),
  tableCaption: () => translate({id: 'chooser.tableCaption', message: 'Когда подходит каждый вариант'}),
  option: () => translate({id: 'chooser.option', message: 'Вариант'}),
  appliesWhen: () => translate({id: 'chooser.appliesWhen', message: 'Когда подходит'}),
  /** Between the answers a note depends on: «В обычном WhatsApp» или «В приложении WhatsApp Business». */
  or: () => translate({id: 'chooser.noteIf.or', message: ' или '}),
  noteIf: (answers: string) => translate({id: 'chooser.noteIf', message: 'Если вы ответили {answers}:'}, {answers}),
};
