/**
 * The search quality contract: each query must put `expect` (a published `URL#id`) in the top 3 results.
 * Categories follow how people really type. Run by tests/e2e/search.spec.ts against the built site.
 */
export type QueryCategory = 'inflected' | 'colloquial' | 'translit' | 'typo' | 'layout' | 'row' | 'callout' | 'term' | 'answer' | 'outcome';

export interface SearchCase {
  query: string;
  expect: string;
  category: QueryCategory;
}

export const SEARCH_CASES: readonly SearchCase[] = [
  // Inflected Russian words
  {query: 'интеграцию', expect: '/integrations#white-vs-grey', category: 'inflected'},
  {query: 'ярлыками', expect: '/whatsapp-business#labels', category: 'inflected'},
  {query: 'каталогом', expect: '/whatsapp-business#catalog', category: 'inflected'},
  {query: 'шаблонов сообщений', expect: '/glossary#message-template', category: 'inflected'},
  {query: 'связанных устройствах', expect: '/whatsapp-business#linked-devices', category: 'inflected'},
  {query: 'быстрыми ответами', expect: '/whatsapp-business#quick-replies', category: 'inflected'},
  {query: 'лимитов сообщений', expect: '/whatsapp-business-api#messaging-limits', category: 'inflected'},
  {query: 'провайдеры', expect: '/glossary#bsp', category: 'inflected'},
  {query: 'сосуществования', expect: '/whatsapp-business-api#coexistence', category: 'inflected'},
  {query: 'ценами', expect: '/whatsapp-business-api#pricing', category: 'inflected'},
  // Colloquial names of the products and terms
  {query: 'ватсап', expect: '/whatsapp#what-it-is', category: 'colloquial'},
  {query: 'вотсап', expect: '/whatsapp#what-it-is', category: 'colloquial'},
  {query: 'вацап', expect: '/whatsapp#what-it-is', category: 'colloquial'},
  {query: 'ватсап бизнес', expect: '/whatsapp-business#what-it-is', category: 'colloquial'},
  {query: 'вотсап бизнес апи', expect: '/whatsapp-business-api#what-it-is', category: 'colloquial'},
  {query: 'апи', expect: '/glossary#api', category: 'colloquial'},
  {query: 'црм', expect: '/#row-official-integration', category: 'colloquial'},
  {query: 'битрикс', expect: '/integrations#bitrix24', category: 'colloquial'},
  {query: 'синяя галочка', expect: '/glossary#official-business-account', category: 'colloquial'},
  {query: 'клауд апи', expect: '/glossary#cloud-api', category: 'colloquial'},
  // Latin and transliterated spellings
  {query: 'whatsap', expect: '/whatsapp#what-it-is', category: 'translit'},
  {query: 'WABA', expect: '/glossary#waba', category: 'translit'},
  {query: 'bsp', expect: '/glossary#bsp', category: 'translit'},
  {query: 'coexistence', expect: '/glossary#coexistence', category: 'translit'},
  {query: 'он премис', expect: '/glossary#on-premises-api', category: 'translit'},
  {query: 'bitrix', expect: '/integrations#bitrix24', category: 'translit'},
  {query: 'yarlyki', expect: '/whatsapp-business#labels', category: 'translit'},
  // One-letter typos in words of five letters or more
  {query: 'бизнесс', expect: '/whatsapp-business#what-it-is', category: 'typo'},
  {query: 'каталок', expect: '/whatsapp-business#catalog', category: 'typo'},
  {query: 'интеграцыя', expect: '/integrations#white-vs-grey', category: 'typo'},
  {query: 'ярлыкы', expect: '/whatsapp-business#labels', category: 'typo'},
  {query: 'шаблн', expect: '/glossary#message-template', category: 'typo'},
  {query: 'провайдр', expect: '/glossary#bsp', category: 'typo'},
  // Typed in the wrong keyboard layout
  {query: 'цфеыфзз', expect: '/whatsapp#what-it-is', category: 'layout'},
  {query: 'fgb', expect: '/glossary#api', category: 'layout'},
  {query: 'rfnfkju', expect: '/whatsapp-business#catalog', category: 'layout'},
  {query: 'zhksrb', expect: '/whatsapp-business#labels', category: 'layout'},
  {query: 'цфиф', expect: '/glossary#waba', category: 'layout'},
  {query: ',bnhbrc', expect: '/integrations#bitrix24', category: 'layout'},
  // Table rows
  {query: 'стоимость', expect: '/#row-price', category: 'row'},
  {query: 'скорость отправки', expect: '/#row-throughput', category: 'row'},
  {query: 'один номер в приложении и в API', expect: '/#row-same-number', category: 'row'},
  {query: 'доступ к API', expect: '/#row-api-access', category: 'row'},
  {query: 'написать клиенту первым', expect: '/#row-first-message', category: 'row'},
  {query: 'массовые рассылки', expect: '/#row-broadcasts', category: 'row'},
  // Callouts
  {query: 'номер могут заблокировать', expect: '/integrations#grey-integration-risk', category: 'callout'},
  {query: 'какой whatsapp у вас', expect: '/#which-one-do-i-have', category: 'callout'},
  // The callout no longer carries the date in its title (dates live in src/data/figures.ts): the row does.
  {query: 'с 1 октября 2026', expect: '/#row-price', category: 'row'},
  {query: 'ответы в окне платные', expect: '/whatsapp-business-api#pricing-october-2026', category: 'callout'},
  // Terms and sections
  {query: 'окно 24 часа', expect: '/whatsapp-business-api#service-window', category: 'term'},
  {query: 'on-premises', expect: '/whatsapp-business-api#on-premises', category: 'term'},
  {query: 'BSUID', expect: '/whatsapp-business-api#usernames', category: 'term'},
  {query: 'meta verified', expect: '/whatsapp-business#paid-extras', category: 'term'},
  // Ready answers (/answers), in the words customers write to support
  {query: 'заблокируют за серую интеграцию', expect: '/answers#answer-grey-integration-ban', category: 'answer'},
  {query: 'битрикс24 обычный ватсап официально', expect: '/answers#answer-bitrix24-official', category: 'answer'},
  {query: 'почему нельзя написать первым', expect: '/answers#answer-first-message', category: 'answer'},
  {query: 'сколько стоит апи', expect: '/answers#answer-api-price', category: 'answer'},
  {query: 'оставить номер в приложении и подключить api', expect: '/answers#answer-keep-app-and-api', category: 'answer'},
  {query: 'несколько сотрудников отвечать', expect: '/answers#answer-several-employees', category: 'answer'},
  // Chooser outcomes (/choose)
  {query: 'сейчас приложение позже cloud api', expect: '/choose#outcome-app-now-platform-later', category: 'outcome'},
  {query: 'какой ватсап подходит', expect: '/choose', category: 'outcome'},
  // The December 2026 edition: Russia, AI bots, usernames, undelivered templates, moving a number
  {query: 'whatsapp в россии', expect: '/russia#status', category: 'term'},
  {query: 'ватсап не работает в россии', expect: '/russia#status', category: 'colloquial'},
  {query: 'можно ли банку писать клиентам в whatsapp', expect: '/answers#answer-russia-law-41fz', category: 'answer'},
  {query: 'чат-бот с ии', expect: '/whatsapp-business-api#ai-chatbots', category: 'term'},
  {query: 'bsuid', expect: '/glossary#bsuid', category: 'term'},
  {query: 'сообщение не доставлено', expect: '/whatsapp-business-api#marketing-limits', category: 'inflected'},
  {query: 'вместо номера идентификатор', expect: '/answers#answer-username-instead-of-number', category: 'answer'},
  {query: 'перенести номер без потери переписки', expect: '/whatsapp-business-api#moving-a-number', category: 'inflected'},
  {query: 'сервисные сообщения платные', expect: '/glossary#service-message', category: 'term'},
];
