import {translate} from '@docusaurus/Translate';
import type {Status} from '@site/src/data/schema';

/**
 * One record feeds both the cells and the legend, so a status always reads the same. The words are those of
 * STATUS_WORDS (src/data/ids.ts), which the data validator reads; FeatureTable's tests hold the two together.
 */
export function statusLabel(status: Status): string {
  switch (status) {
    case 'yes':
      return translate({id: 'featureTable.status.yes', message: 'Да'});
    case 'no':
      return translate({id: 'featureTable.status.no', message: 'Нет'});
    case 'partial':
      return translate({id: 'featureTable.status.partial', message: 'Частично'});
    case 'free':
      return translate({id: 'featureTable.status.free', message: 'Бесплатно'});
    case 'paid':
      return translate({id: 'featureTable.status.paid', message: 'Платно'});
    case 'unknown':
      return translate({id: 'featureTable.status.unknown', message: 'Нет данных'});
  }
}

export function statusDescription(status: Status): string {
  switch (status) {
    case 'yes':
      return translate({id: 'featureTable.legend.yes', message: 'есть'});
    case 'no':
      return translate({id: 'featureTable.legend.no', message: 'нет'});
    case 'partial':
      return translate({id: 'featureTable.legend.partial', message: 'есть с ограничениями: они в тексте ячейки и в примечании'});
    case 'free':
      return translate({id: 'featureTable.legend.free', message: 'без оплаты'});
    case 'paid':
      return translate({id: 'featureTable.legend.paid', message: 'есть, но за плату'});
    case 'unknown':
      return translate({id: 'featureTable.legend.unknown', message: 'проверенных сведений у нас нет'});
  }
}

export const tableStrings = {
  featureColumn: () => translate({id: 'featureTable.featureColumn', message: 'Возможность'}),
  legendTitle: () => translate({id: 'featureTable.legendTitle', message: 'Обозначения'}),
  notesTitle: () => translate({id: 'featureTable.notesTitle', message: 'Примечания к таблице'}),
  seedSource: () => translate({id: 'featureTable.seedSource', message: 'исходная статья'}),
  noteRef: (n: number) => translate({id: 'featureTable.noteRef', message: 'примечание {n}'}, {n: String(n)}),
  backToCell: (n: number) => translate({id: 'featureTable.backToCell', message: 'Вернуться к ячейке с примечанием {n}'}, {n: String(n)}),
  defaultCaption: () => translate({id: 'featureTable.caption', message: 'Сравнение WhatsApp, WhatsApp Business и WhatsApp Business API'}),
  productCaption: (name: string) => translate({id: 'featureTable.productCaption', message: '{name}: коротко'}, {name}),
  scrollHint: () => translate({id: 'featureTable.scrollHint', message: 'Таблицу можно прокрутить вбок'}),
};
