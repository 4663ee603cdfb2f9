/**
 * The held-out search set: 70 reader intents written on 2026-12-03 by someone who had not seen the site, its code or
 * its search — from a brief of the site's subject and its readers' topics only — and typed as readers type. Each was
 * then judged, section by section, against the list of the site's published sections, before any search result was
 * seen: `expect` is the section that best answers the need, `alsoRight` the others that answer it as well (a ready
 * answer that says the same, the glossary entry of a bare term, the table row).
 *
 * Committed once and NEVER edited to pass: it measures how search does on questions nobody tuned it to. When it
 * misses, fix the kind of miss (how questions are read, how sections are described), then write a fresh set to check
 * that the fix generalised. `npm run search:hits` prints its hit@1 and hit@3 beside the query table's.
 */
export interface HeldOutCase {
  n: number;
  /** As typed. */
  query: string;
  /** What the reader wants to know, as the writer put it. */
  need: string;
  /** A published place: `/page#id`. */
  expect: string;
  alsoRight: readonly string[];
}

export const HELD_OUT: readonly HeldOutCase[] = [
  {n: 1, query: 'ватсап бизнес и обычный ватсап разница', need: 'Чем приложение WhatsApp Business отличается от обычного WhatsApp.', expect: '/#comparison', alsoRight: ['/whatsapp-business#what-it-is', '/#which-one-do-i-have']},
  {n: 2, query: 'чем whatsapp business app отличается от api', need: 'Чем бесплатное приложение WhatsApp Business отличается от WhatsApp Business API.', expect: '/#comparison', alsoRight: ['/answers#answer-which-one', '/#what-to-choose']},
  {n: 3, query: 'какой вацап лучше выбрать для небольшого интернет магазина если отвечают три менеджера', need: 'Какой вариант (обычный WhatsApp, Business app или API) выбрать маленькому магазину с несколькими сотрудниками.', expect: '/#what-to-choose', alsoRight: ['/answers#answer-which-one', '/answers#answer-several-employees', '/whatsapp-business#linked-devices']},
  {n: 4, query: 'когда пора переходить с бизнес приложения на апи', need: 'По каким признакам понять, что бизнесу пора переходить с приложения Business на API.', expect: '/choose#outcome-app-now-platform-later', alsoRight: ['/#what-to-choose', '/answers#answer-which-one']},
  {n: 5, query: 'сколько стоит апи ватсап', need: 'Сколько в целом стоит использование WhatsApp Business API.', expect: '/whatsapp-business-api#pricing', alsoRight: ['/answers#answer-api-price']},
  {n: 6, query: 'ватсап бизнесс платный?', need: 'Нужно ли платить за приложение WhatsApp Business.', expect: '/answers#answer-app-price', alsoRight: ['/whatsapp-business#paid-extras', '/#row-price', '/whatsapp-business#what-it-is']},
  {n: 7, query: 'цена за сообщение whatsapp api в рублях', need: 'Сколько стоит одно платное сообщение (шаблон) в WhatsApp Business API.', expect: '/whatsapp-business-api#pricing', alsoRight: ['/answers#answer-api-price']},
  {n: 8, query: 'клиент сам написал первым нужно ли платить за ответ', need: 'Берётся ли плата за ответы клиенту, который написал первым (внутри окна обслуживания).', expect: '/whatsapp-business-api#pricing-october-2026', alsoRight: ['/whatsapp-business-api#pricing', '/glossary#service-message', '/#row-service-replies']},
  {n: 9, query: 'за что берет деньги провайдер кроме оплаты самой меты', need: 'Из чего складываются платежи провайдеру/BSP помимо тарифов Meta.', expect: '/whatsapp-business-api#provider-fees', alsoRight: ['/answers#answer-provider-fees']},
  {n: 10, query: 'цена сообщения зависит от страны клиента казахстан узбекистан', need: 'Зависит ли стоимость сообщений в API от страны получателя.', expect: '/whatsapp-business-api#pricing', alsoRight: ['/answers#answer-api-price']},
  {n: 11, query: 'можно подключить cloud api напрямую без посредника', need: 'Можно ли работать с Cloud API напрямую через Meta, без провайдера или CRM.', expect: '/whatsapp-business-api#access', alsoRight: ['/glossary#bsp', '/glossary#cloud-api']},
  {n: 12, query: 'окно 24 часа ватсап', need: 'Что такое 24-часовое окно обслуживания клиентов в API.', expect: '/glossary#service-window', alsoRight: ['/whatsapp-business-api#service-window']},
  {n: 13, query: 'с какого момента считаются сутки от моего сообщения или от сообщения клиента', need: 'Когда открывается и продлевается 24-часовое окно.', expect: '/whatsapp-business-api#service-window', alsoRight: ['/glossary#service-window']},
  {n: 14, query: 'клиент не отвечает уже три дня как теперь ему написать через апи', need: 'Что можно отправить клиенту после закрытия 24-часового окна (только одобренный шаблон).', expect: '/whatsapp-business-api#service-window', alsoRight: ['/answers#answer-first-message', '/glossary#message-template', '/answers#answer-first-contact']},
  {n: 15, query: 'шаблон сообщения отклонили что делать', need: 'Почему Meta отклоняет шаблоны и как их исправить, чтобы одобрили.', expect: '/answers#answer-template-rejected', alsoRight: ['/whatsapp-business-api#template-review']},
  {n: 16, query: 'сколько времени проверяют шаблоны сообщенй', need: 'Как долго длится модерация (одобрение) шаблона.', expect: '/whatsapp-business-api#template-review', alsoRight: ['/glossary#message-template', '/answers#answer-template-rejected']},
  {n: 17, query: 'шаблон маркетинг или утилита какая разница', need: 'Чем отличаются категории шаблонов (маркетинговые, служебные, аутентификация) и как это влияет на цену.', expect: '/whatsapp-business-api#pricing', alsoRight: ['/glossary#message-template', '/whatsapp-business-api#template-review']},
  {n: 18, query: 'можно ли вставить имя клиента и номер заказа в шаблон', need: 'Как использовать переменные (подставляемые данные) в шаблонах.', expect: '/glossary#message-template', alsoRight: ['/whatsapp-business-api#service-window']},
  {n: 19, query: 'рассылка в ватсап бизнес', need: 'Как сделать рассылку в приложении WhatsApp Business.', expect: '/whatsapp-business#broadcast-lists', alsoRight: ['/answers#answer-broadcasts-in-app', '/glossary#broadcast-list']},
  {n: 20, query: 'почему рассылку из ватсап бизнес получили не все клиенты а только часть', need: 'Почему сообщения из списка рассылки в приложении доходят только тем, кто сохранил номер бизнеса.', expect: '/whatsapp-business#broadcast-lists', alsoRight: ['/answers#answer-broadcasts-in-app', '/glossary#broadcast-list']},
  {n: 21, query: 'сколько человек можно добавить в список рассылки', need: 'Ограничение на число получателей в одном списке рассылки в приложении.', expect: '/answers#answer-broadcast-list-size', alsoRight: ['/whatsapp-business#broadcast-lists']},
  {n: 22, query: 'лимит сообщений в день api 250 1000', need: 'Какие дневные лимиты отправки (уровни) есть в API.', expect: '/whatsapp-business-api#messaging-limits', alsoRight: ['/glossary#messaging-limits', '/answers#answer-messaging-limits']},
  {n: 23, query: 'как увеличить лимит рассылок в вацап апи', need: 'Как поднять уровень лимита отправки сообщений в API.', expect: '/whatsapp-business-api#messaging-limits', alsoRight: ['/answers#answer-messaging-limits', '/glossary#messaging-limits']},
  {n: 24, query: 'можно ли делать массовую рассылку по купленной базе номеров', need: 'Нужно ли согласие получателей (opt-in) и допустима ли рассылка по чужой или купленной базе.', expect: '/whatsapp-business-api#policy-enforcement', alsoRight: ['/answers#answer-first-contact']},
  {n: 25, query: 'сколько устройств можно подключить к ватсап бизнес', need: 'Сколько устройств можно привязать к одному номеру в приложении Business.', expect: '/whatsapp-business#linked-devices', alsoRight: ['/glossary#linked-devices', '/#row-several-employees']},
  {n: 26, query: 'несколько менеджеров на одном номере вотсап', need: 'Как нескольким сотрудникам работать с одного номера WhatsApp.', expect: '/whatsapp-business#linked-devices', alsoRight: ['/answers#answer-several-employees', '/#row-several-employees']},
  {n: 27, query: 'почему ватсап веб на компьютере отключается когда телефон сел или выключен', need: 'Работают ли связанные устройства (веб/компьютер) без основного телефона и почему отключаются.', expect: '/glossary#linked-devices', alsoRight: ['/whatsapp-business#linked-devices']},
  {n: 28, query: 'подключить апи на уже существующий номер', need: 'Можно ли подключить API на номер, который уже используется в WhatsApp.', expect: '/whatsapp-business-api#phone-number', alsoRight: ['/answers#answer-personal-number-to-api', '/whatsapp-business-api#moving-a-number', '/whatsapp-business-api#coexistence']},
  {n: 29, query: 'перенести номер из приложения whatsapp business в api', need: 'Как перенести номер из приложения Business в API.', expect: '/whatsapp-business-api#moving-a-number', alsoRight: ['/whatsapp-business-api#coexistence', '/answers#answer-keep-app-and-api']},
  {n: 30, query: 'один номер и в приложении и в апи одновременно можно?', need: 'Можно ли использовать один номер одновременно в приложении Business и в API.', expect: '/whatsapp-business-api#coexistence', alsoRight: ['/answers#answer-keep-app-and-api', '/glossary#coexistence', '/#row-same-number']},
  {n: 31, query: 'как вернуть номер из апи обратно в обычный ватсап', need: 'Как вывести номер из API и снова пользоваться им в приложении.', expect: '/whatsapp-business-api#phone-number', alsoRight: ['/whatsapp-business-api#moving-a-number']},
  {n: 32, query: 'можно ли подключить апи на городской или виртуальный номер', need: 'Подходят ли стационарные и виртуальные номера для API.', expect: '/whatsapp-business-api#phone-number', alsoRight: []},
  {n: 33, query: 'заблокировали ватсап бизнес аккаунт что делать', need: 'Что делать, если аккаунт WhatsApp Business заблокирован.', expect: '/whatsapp-business#account-ban', alsoRight: ['/answers#answer-number-banned']},
  {n: 34, query: 'как обжаловать бан в вацапе', need: 'Как подать апелляцию на блокировку номера.', expect: '/whatsapp-business#account-ban', alsoRight: ['/answers#answer-number-banned']},
  {n: 35, query: 'за что банят при рассылках', need: 'Какие действия при рассылках приводят к блокировке номера.', expect: '/whatsapp-business#account-ban', alsoRight: ['/whatsapp-business-api#policy-enforcement', '/integrations#grey-risks']},
  {n: 36, query: 'рейтинг качества номера упал', need: 'Что означает снижение рейтинга качества номера в API и чем оно грозит.', expect: '/whatsapp-business-api#messaging-limits', alsoRight: ['/whatsapp-business-api#policy-enforcement']},
  {n: 37, query: 'временно заблокирован за неофициальное приложение gb whatsapp', need: 'Почему блокируют за использование неофициальных версий (модов) WhatsApp.', expect: '/whatsapp-business#account-ban', alsoRight: ['/answers#answer-number-banned']},
  {n: 38, query: 'зелёная галочка ватсап как получить', need: 'Как получить значок подтверждённого бизнес-аккаунта.', expect: '/answers#answer-verified-badge', alsoRight: ['/whatsapp-business-api#display-name', '/glossary#official-business-account', '/#row-verified-badge', '/whatsapp-business#paid-extras']},
  {n: 39, query: 'синяя галочка в бизнес ватсап платно?', need: 'Платная ли подписка Meta Verified (синяя галочка) и что она даёт.', expect: '/whatsapp-business#paid-extras', alsoRight: ['/answers#answer-verified-badge']},
  {n: 40, query: 'верефикация бизнеса в meta business manager какие документы', need: 'Как пройти верификацию компании в Meta Business Manager и какие документы нужны.', expect: '/whatsapp-business-api#business-verification', alsoRight: ['/glossary#business-verification']},
  {n: 41, query: 'почему у клиента высвечивается номер а не название компании', need: 'Как отображается имя бизнеса у клиентов и почему вместо названия виден номер.', expect: '/whatsapp-business-api#display-name', alsoRight: ['/glossary#official-business-account', '/answers#answer-verified-badge']},
  {n: 42, query: 'интергация ватсап с амо', need: 'Как подключить WhatsApp к amoCRM.', expect: '/integrations#official', alsoRight: ['/integrations#white-vs-grey']},
  {n: 43, query: 'битрикс24 вацап подключение', need: 'Как подключить WhatsApp к Битрикс24.', expect: '/integrations#bitrix24', alsoRight: ['/integrations#bitrix24-official', '/answers#answer-bitrix24-official']},
  {n: 44, query: 'какую црм выбрать под ватсап апи', need: 'Как выбрать CRM или провайдера для работы с WhatsApp API.', expect: '/integrations#official', alsoRight: ['/glossary#bsp', '/whatsapp-business-api#access']},
  {n: 45, query: 'можно ли подключить обычный ватсап к crm через qr код без апи', need: 'Чем рискуют неофициальные интеграции с CRM через QR-код или веб-версию.', expect: '/integrations#unofficial', alsoRight: ['/integrations#grey-risks', '/answers#answer-grey-integration-ban', '/integrations#bitrix24-grey']},
  {n: 46, query: 'чат бот для вацап', need: 'Как сделать чат-бота для WhatsApp.', expect: '/whatsapp-business-api#ai-chatbots', alsoRight: ['/answers#answer-ai-chatbot', '/#row-ai-chatbots']},
  {n: 47, query: 'можно ли подключить chatgpt чтобы он сам отвечал клиентам в ватсапе', need: 'Можно ли подключить ИИ-ассистента, который отвечает клиентам в WhatsApp.', expect: '/answers#answer-ai-chatbot', alsoRight: ['/whatsapp-business-api#ai-chatbots']},
  {n: 48, query: 'можно ли поставить бота на приложение ватсап бизнес без апи', need: 'Возможен ли чат-бот в бесплатном приложении Business без API.', expect: '/whatsapp-business#integrations', alsoRight: ['/#row-ai-chatbots', '/answers#answer-ai-chatbot', '/whatsapp-business#auto-replies']},
  {n: 49, query: 'резервная копия чатов ватсап бизнес', need: 'Как сделать резервную копию переписок в WhatsApp Business.', expect: '/whatsapp-business#backup', alsoRight: ['/answers#answer-backup-chats']},
  {n: 50, query: 'как перенести переписку ватсап бизнес с андроида на айфон', need: 'Как перенести чаты Business на новый телефон с другой операционной системой.', expect: '/whatsapp-business#backup', alsoRight: ['/answers#answer-backup-chats']},
  {n: 51, query: 'сохранится ли вся старая переписка с клиентами если перенести номер на апи', need: 'Что происходит со старыми переписками при переносе номера в API.', expect: '/whatsapp-business-api#moving-a-number', alsoRight: ['/whatsapp-business-api#coexistence']},
  {n: 52, query: 'перенести чаты из обычного ватсапа в бизнес', need: 'Сохраняются ли чаты при переходе с обычного WhatsApp на WhatsApp Business.', expect: '/whatsapp-business#backup', alsoRight: ['/answers#answer-backup-chats']},
  {n: 53, query: 'ватсап заблокируют в россии?', need: 'Блокируют ли WhatsApp в России и что это значит для бизнеса.', expect: '/russia#status', alsoRight: ['/russia#russia-status', '/#russia-warning', '/answers#answer-russia-not-working']},
  {n: 54, query: 'не проходят звонки в ватсапе в россии', need: 'Почему в России не работают звонки в WhatsApp.', expect: '/russia#timeline', alsoRight: ['/russia#status', '/russia#apps', '/answers#answer-russia-not-working']},
  {n: 55, query: 'нужен ли клиентам из россии впн чтобы получать наши сообщения в ватсап', need: 'Нужен ли VPN клиентам и бизнесу для работы WhatsApp в России.', expect: '/russia#apps', alsoRight: ['/russia#status', '/russia#russia-status', '/answers#answer-russia-not-working', '/russia#platform', '/#russia-warning']},
  {n: 56, query: 'чем заменить ватсап для бизнеса макс или телеграм', need: 'Какие альтернативы WhatsApp (MAX, Telegram) рассмотреть бизнесу.', expect: '/russia#alternatives', alsoRight: ['/answers#answer-russia-alternatives']},
  {n: 57, query: 'как оплатить whatsapp api из россии', need: 'Как оплачивать API из России (карты, провайдеры).', expect: '/russia#platform', alsoRight: ['/russia#what-it-means']},
  {n: 58, query: 'ип может подключить вотсап апи', need: 'Может ли индивидуальный предприниматель получить WhatsApp Business API.', expect: '/whatsapp-business-api#business-verification', alsoRight: ['/answers#answer-sole-trader', '/whatsapp-business-api#sole-traders']},
  {n: 59, query: 'апи для самозанятого или физлица без компании', need: 'Можно ли получить API без юрлица или ИП.', expect: '/whatsapp-business-api#business-verification', alsoRight: ['/answers#answer-sole-trader', '/whatsapp-business-api#sole-traders']},
  {n: 60, query: 'нужен ли сайт чтобы подключить апи', need: 'Какие требования (сайт, документы, бизнес-аккаунт) нужны для подключения API.', expect: '/whatsapp-business-api#business-verification', alsoRight: ['/whatsapp-business-api#access']},
  {n: 61, query: 'юзернейм в ватсап', need: 'Что такое имена пользователей (юзернеймы) в WhatsApp и как их задать.', expect: '/whatsapp-business-api#usernames', alsoRight: ['/whatsapp-business-api#display-name', '/glossary#bsuid']},
  {n: 62, query: 'можно ли написать клиенту по нику если у меня нет его номера', need: 'Можно ли связаться с клиентом по юзернейму без номера телефона.', expect: '/whatsapp-business-api#usernames', alsoRight: ['/answers#answer-username-instead-of-number']},
  {n: 63, query: 'звонки через whatsapp api', need: 'Поддерживает ли WhatsApp Business API голосовые звонки.', expect: '/whatsapp-business-api#calling', alsoRight: []},
  {n: 64, query: 'звонить клиентам с компьютера через ватсап бизнес', need: 'Можно ли совершать звонки из приложения Business на компьютере.', expect: '/whatsapp-business#linked-devices', alsoRight: ['/#row-web-desktop', '/whatsapp#platforms']},
  {n: 65, query: 'каталог товаров в ватсап бизнес как сделать', need: 'Как создать каталог товаров в приложении Business.', expect: '/whatsapp-business#catalog', alsoRight: ['/#row-catalog']},
  {n: 66, query: 'сколько товаров влезает в каталог вацап', need: 'Какие ограничения есть у каталога (число товаров).', expect: '/whatsapp-business#catalog', alsoRight: ['/#row-catalog']},
  {n: 67, query: 'быстрые ответы ватсап', need: 'Как настроить быстрые ответы в WhatsApp Business.', expect: '/whatsapp-business#quick-replies', alsoRight: ['/#row-quick-replies']},
  {n: 68, query: 'автоответ в нерабочее время whatsapp business', need: 'Как настроить сообщение об отсутствии в нерабочее время.', expect: '/whatsapp-business#auto-replies', alsoRight: ['/#row-auto-replies']},
  {n: 69, query: 'приветственное сообщение для новых клиентов ватс ап бизнес', need: 'Как настроить приветственное сообщение для новых клиентов.', expect: '/whatsapp-business#auto-replies', alsoRight: ['/#row-auto-replies']},
  {n: 70, query: 'бесплатно сколько сообщений в апи дают в месяц', need: 'Есть ли в API бесплатный лимит сообщений или диалогов.', expect: '/whatsapp-business-api#pricing-october-2026', alsoRight: ['/whatsapp-business-api#pricing', '/answers#answer-api-price']},
];
