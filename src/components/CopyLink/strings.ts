import {translate} from '@docusaurus/Translate';

/** What a copy-link control points at; it decides the words of its accessible name. */
export type LinkTargetKind = 'section' | 'row' | 'callout' | 'change' | 'correction';

export function copyLinkName(kind: LinkTargetKind, label: string): string {
  switch (kind) {
    case 'section':
      return translate({id: 'copyLink.section', message: 'Скопировать ссылку на раздел „{label}“'}, {label});
    case 'row':
      return translate({id: 'copyLink.row', message: 'Скопировать ссылку на строку „{label}“'}, {label});
    case 'callout':
      return translate({id: 'copyLink.callout', message: 'Скопировать ссылку на заметку „{label}“'}, {label});
    case 'change':
      return translate({id: 'copyLink.change', message: 'Скопировать ссылку на изменение „{label}“'}, {label});
    case 'correction':
      return translate({id: 'copyLink.correction', message: 'Скопировать ссылку на исправление „{label}“'}, {label});
  }
}

/** Without JavaScript the control is a plain link to the same place. */
export function plainLinkName(label: string): string {
  return translate({id: 'copyLink.plain', message: 'Ссылка на „{label}“'}, {label});
}

export const copyLinkStrings = {
  copied: () => translate({id: 'copyLink.copied', message: 'Ссылка скопирована'}),
  failed: (url: string) => translate({id: 'copyLink.failed', message: 'Не удалось скопировать. Ссылка: {url}'}, {url}),
};
