/**
 * Short links for support agents: `/go/<alias>` → a page or a section. Each target must be in
 * published-links.json (checked when the site builds). Never delete or repoint an alias casually:
 * tickets quote them for years.
 */
export interface ShortLink {
  /** Lowercase ASCII: `/go/api-price`. */
  alias: string;
  /** Site-relative target, with an optional #id. */
  to: string;
  /** Visible on the redirect page: where the link leads. */
  title: string;
}

export const SHORT_LINKS: readonly ShortLink[] = [
  {alias: 'compare', to: '/#comparison', title: 'Сравнение WhatsApp, WhatsApp Business и Business API'},
  {alias: 'choose', to: '/#what-to-choose', title: 'Что выбрать'},
  {alias: 'api', to: '/whatsapp-business-api', title: 'WhatsApp Business API'},
  {alias: 'api-access', to: '/whatsapp-business-api#access', title: 'Как получить доступ к API'},
  {alias: 'api-price', to: '/whatsapp-business-api#pricing', title: 'Цены WhatsApp Business API'},
  {alias: 'window-24h', to: '/whatsapp-business-api#service-window', title: 'Окно 24 часа и шаблоны'},
  {alias: 'limits', to: '/whatsapp-business-api#messaging-limits', title: 'Лимиты сообщений'},
  {alias: 'coexistence', to: '/whatsapp-business-api#coexistence', title: 'Сосуществование приложения и API'},
  {alias: 'ownership', to: '/whatsapp-business-api#ownership', title: 'Кто владеет аккаунтом'},
  {alias: 'on-premises', to: '/whatsapp-business-api#on-premises', title: 'Конец On-Premises API'},
  {alias: 'business-app', to: '/whatsapp-business', title: 'Приложение WhatsApp Business'},
  {alias: 'linked-devices', to: '/whatsapp-business#linked-devices', title: 'Связанные устройства'},
  {alias: 'grey', to: '/integrations#grey-risks', title: 'Риски серой интеграции'},
  {alias: 'bitrix24', to: '/integrations#bitrix24', title: 'Битрикс24 и WhatsApp'},
  {alias: 'glossary', to: '/glossary', title: 'Словарь терминов'},
  {alias: 'changes', to: '/changes', title: 'Что изменилось'},
];
