/**
 * «Готовые ответы» (/answers): questions customers ask support, each with a short answer to paste to the
 * customer (polite, two to four sentences, plain text, no jargon) and the link to the place on this site that
 * explains it. «Скопировать ответ» copies the answer and then the link. Ids are anchors (`/answers#answer-<id>`)
 * quoted in tickets: never rename one. Numbers and dates come from src/data/figures.ts, sources by key from
 * src/data/sources.ts; links must be published (published-links.json); all checked when the site builds.
 */
import {MESSAGING_TIERS, RUSSIA_AS_OF, day, formatNumber, num, since} from './figures';
import type {ReadyAnswer} from './schema';

export const answers: readonly ReadyAnswer[] = [
  {
    id: 'bitrix24-official',
    question: 'Можно ли официально подключить обычный WhatsApp к Битрикс24?',
    answer:
      'К сожалению, официально — нет: у обычного WhatsApp и у приложения WhatsApp Business нет своего API. Официальное подключение к Битрикс24 работает через WhatsApp Business Platform, например в Открытых линиях. Подключения через QR-код правила WhatsApp не разрешают, и номер могут заблокировать.',
    link: '/integrations#bitrix24',
    linkText: 'Битрикс24 и WhatsApp',
    sources: ['bitrixOpenChannels', 'responsibleUse'],
  },
  {
    id: 'first-message',
    question: 'Почему через API нельзя написать клиенту первым?',
    answer: `Написать первым можно, но только заранее одобренным шаблоном и только тем клиентам, которые согласились получать сообщения. Свободно переписываться можно в течение ${num('serviceWindowHours')} часов после того, как клиент написал или позвонил. Каждое новое сообщение или звонок клиента продлевает это время.`,
    link: '/whatsapp-business-api#service-window',
    linkText: 'Окно 24 часа и шаблоны',
    sources: ['serviceWindow'],
  },
  {
    id: 'api-price',
    question: 'Сколько стоит WhatsApp Business API?',
    answer: `Meta берёт плату за каждое доставленное сообщение: за шаблоны с ${day('perMessagePricing')}, а с ${day('serviceMessagesBilled')} — и за обычные ответы клиенту в окне ${num('serviceWindowHours')} часа; по данным провайдеров, первые ${num('freeServiceMessages')} таких ответов в месяц на каждый номер бесплатны. Цена зависит от категории сообщения и от страны и меняется по кварталам. Бесплатны и ${num('freeEntryPointHours')} часа переписки с клиентом, который пришёл из рекламы с переходом в WhatsApp или с кнопки на странице Facebook, если ответить ему в течение ${num('serviceWindowHours')} часов. Точные цены для вашей страны — на странице цен Meta, ссылка на неё есть в нашем разделе о ценах.`,
    link: '/whatsapp-business-api#pricing',
    linkText: 'Цены WhatsApp Business Platform',
    sources: ['pricing', 'nonTemplatePricing', 'serviceAllowanceMake', 'serviceAllowanceWhaTools'],
  },
  {
    id: 'keep-app-and-api',
    question: 'Можно ли оставить номер в приложении и подключить API?',
    answer: `Да, если номер подходит: номер из приложения WhatsApp Business (версии не ниже ${num('coexistenceAppVersion')}, в стране, которую поддерживает Meta) подключают к Cloud API, и приложение продолжает работать — это называется режимом сосуществования. Сообщения видны и в приложении, и в подключённой системе, а при подключении можно перенести переписку за последние ${num('coexistenceHistoryMonths')} месяцев. Связанные устройства при подключении один раз отключаются, и их можно подключить снова; в приложении перестают работать списки рассылки и некоторые другие функции, а сообщения через API оплачиваются как обычно.`,
    link: '/whatsapp-business-api#coexistence',
    linkText: 'Сосуществование приложения и API',
    sources: ['coexistenceMeta', 'coexistenceLimits'],
  },
  {
    id: 'grey-integration-ban',
    question: 'Заблокируют ли номер за серую интеграцию?',
    answer:
      'Такой риск есть: правила WhatsApp запрещают автоматические и массовые сообщения с обычного аккаунта, в том числе через неофициальные подключения по QR-коду, и номер могут заблокировать. Заранее сказать, случится ли это с вашим номером, нельзя. Надёжный вариант — официальное подключение через WhatsApp Business Platform.',
    link: '/integrations#grey-risks',
    linkText: 'Риски серой интеграции',
    sources: ['responsibleUse'],
  },
  {
    id: 'personal-number-to-api',
    question: 'Можно ли подключить к API номер, который сейчас в обычном WhatsApp?',
    answer:
      'Можно, но сначала номер удаляют из WhatsApp, и история переписки в мессенджере при этом пропадает; звонки и СМС на номер по-прежнему приходят. Надёжнее сначала перенести номер в приложение WhatsApp Business на том же телефоне, где переписка сохранится. Потом этот номер подключают к API в режиме сосуществования, когда номер работает и в приложении, и через API: приложение продолжит работать, а часть истории можно перенести.',
    link: '/whatsapp-business-api#moving-a-number',
    linkText: 'Как перенести номер, не потеряв переписку',
    sources: ['phoneNumbers', 'coexistence'],
  },
  {
    id: 'several-employees',
    question: 'Могут ли несколько сотрудников отвечать клиентам в WhatsApp Business?',
    answer: `Да: приложение работает на основном телефоне и ещё на ${num('linkedDevices')} связанных устройствах — компьютерах, планшетах или других телефонах. С телефонов-компаньонов разные сотрудники могут отвечать клиентам одного бизнес-аккаунта. Если основным телефоном не пользоваться ${num('linkedDevicesLogoutDays')} дней, связанные устройства выйдут из аккаунта.`,
    link: '/whatsapp-business#linked-devices',
    linkText: 'Связанные устройства и несколько сотрудников',
    sources: ['linkedDevices'],
  },
  {
    id: 'app-price',
    question: 'Платное ли приложение WhatsApp Business?',
    answer:
      'Нет, само приложение бесплатное. Платными бывают дополнения, например подписка Meta Verified с отметкой о проверке, маркетинговые сообщения из приложения, реклама в статусе и продвижение каналов. Не все они доступны во всех странах.',
    link: '/whatsapp-business#paid-extras',
    linkText: 'Платные дополнения WhatsApp Business',
    sources: ['metaVerified', 'marketingMessages', 'statusAds'],
  },
  {
    id: 'api-phone-app',
    question: 'Есть ли у WhatsApp Business API приложение для телефона?',
    answer:
      'Своего приложения у платформы нет: операторы отвечают клиентам из CRM, службы поддержки или кабинета провайдера. Исключение — режим сосуществования: номер из приложения WhatsApp Business можно подключить к API и продолжать пользоваться приложением.',
    link: '/whatsapp-business-api#no-app',
    linkText: 'У платформы нет своего приложения',
    sources: ['noInbox360dialog', 'coexistence'],
  },
  {
    id: 'api-access',
    question: 'Кто может подключиться к WhatsApp Business API?',
    answer:
      'Подключиться можно напрямую через Meta или через провайдера, но не любой компании: платформа недоступна компаниям из регионов под санкциями, запрещённым правилами WhatsApp видам бизнеса и, в большинстве стран, универсальным ИИ-ассистентам. Раньше доступ давали только через ограниченный список крупных провайдеров, теперь это не так. Аккаунт WhatsApp Business при этом должен принадлежать самой компании, а не провайдеру.',
    link: '/whatsapp-business-api#access',
    linkText: 'Как получить доступ к API',
    sources: ['cloudVsOnPrem', 'platformEligibility', 'messagingPolicy', 'aiProvidersMeta', 'oboDeprecation'],
  },
  {
    id: 'messaging-limits',
    question: 'Скольким клиентам в день можно написать через API?',
    answer: `Ограничено, скольким разным людям компания может написать за сутки вне окна ${num('serviceWindowHours')} часа: и новым клиентам, и прежним, если их окно уже закрылось. Лимит растёт по уровням, начиная с ${formatNumber(MESSAGING_TIERS.values[0])} человек, вплоть до снятия ограничения. С ${day('portfolioLimits')} он общий для всего бизнес-портфолио компании, а не для каждого номера.`,
    link: '/#row-messaging-limits',
    linkText: 'Лимиты сообщений',
    sources: ['messagingLimits'],
  },
  {
    id: 'broadcasts-in-app',
    question: 'Можно ли делать рассылки из приложения WhatsApp Business?',
    answer:
      'Да: в приложении есть списки рассылки, но создать их можно только на основном телефоне, а в режиме сосуществования с API они отключаются. Платные маркетинговые сообщения из приложения доступны не во всех регионах. Для массовых рассылок нужна WhatsApp Business Platform, где рассылают одобренные шаблоны за плату и с лимитами.',
    link: '/#row-broadcasts',
    linkText: 'Массовые рассылки',
    sources: ['linkedDevices', 'marketingMessages', 'coexistenceLimits'],
  },
  {
    id: 'verified-badge',
    question: 'Как получить отметку о проверке у названия компании?',
    answer:
      'В приложении WhatsApp Business отметку даёт платная подписка Meta Verified, она доступна пока не во всех странах. Статус официального бизнес-аккаунта получают только известные проверенные бренды на WhatsApp Business Platform, номерам из приложения его не присваивают.',
    link: '/#row-verified-badge',
    linkText: 'Отметка о проверке бизнеса',
    sources: ['metaVerified', 'officialBusinessAccounts'],
  },
  {
    id: 'which-one',
    question: 'Что выбрать: приложение WhatsApp Business или API?',
    answer:
      'Если клиентам отвечают до пяти человек с телефона и связанных устройств, а интеграция с CRM не нужна, хватит бесплатного приложения WhatsApp Business. Если нужны официальная интеграция, много операторов или массовые рассылки, нужна платная WhatsApp Business Platform. Если ваши клиенты в России, учтите, что WhatsApp там без VPN не работает; на странице по ссылке можно ответить на несколько вопросов и получить рекомендацию для вашего случая.',
    link: '/choose',
    linkText: 'Какой WhatsApp вам подходит?',
  },
  {
    id: 'russia-not-working',
    question: 'Почему WhatsApp не работает у клиентов в России?',
    answer: `С ${day('ruDomainsRemoved')} домены WhatsApp исчезли из национальной системы доменных имён России, и без VPN сервис там не работает; на следующий день в Кремле подтвердили, что такое решение было принято и реализовано. Это касается и обычного WhatsApp, и приложения WhatsApp Business, и WhatsApp Business Platform: сообщения доходят только до клиентов с VPN. Сведения на странице по ссылке — по состоянию на ${RUSSIA_AS_OF}, с источниками.`,
    link: '/russia#status',
    linkText: 'WhatsApp в России',
    sources: ['ruDomainsKommersant', 'ruKremlinInterfax', 'ruCalls'],
  },
  {
    id: 'russia-law-41fz',
    question: 'Можно ли нашей компании (банку, маркетплейсу) писать клиентам в России через WhatsApp?',
    answer: `Если вы госорганизация, банк или другая финансовая организация, оператор связи, маркетплейс, сайт объявлений или крупный сайт, то нет: с ${day('ruLaw41')} закон № 41-ФЗ запрещает таким организациям общаться с клиентами через иностранные мессенджеры. Закон называет именно эти организации, но и для остальных WhatsApp в России без VPN сейчас не работает. Полный список — на странице по ссылке.`,
    link: '/russia#law-41-fz',
    linkText: 'Кому в России нельзя писать клиентам в WhatsApp',
    sources: ['ruLaw41Amic', 'ruLaw41Bfm'],
  },
  {
    id: 'ai-chatbot',
    question: 'Можно ли подключить к WhatsApp чат-бота с ИИ?',
    answer: `Бота, который отвечает клиентам о ваших товарах, услугах и заказах, подключать можно. С ${day('aiAssistantBan')} условия Meta в большинстве стран запрещают на платформе универсальных ИИ-ассистентов, то есть чат-ботов, которые сами по себе являются продуктом; исключение — страны, где закон обязывает Meta их допускать. Учтите, что ответы бота в окне ${num('serviceWindowHours')} часа тоже оплачиваются как сервисные сообщения.`,
    link: '/whatsapp-business-api#ai-chatbots',
    linkText: 'Чат-боты и ИИ на платформе',
    sources: ['aiProviders', 'aiProvidersMeta', 'nonTemplatePricing'],
  },
  {
    id: 'not-delivered',
    question: 'Почему рассылка через API не доставлена части клиентов?',
    answer: `Частая причина — лимит WhatsApp на число маркетинговых сообщений, которые один человек получает от всех компаний: сверх лимита шаблон не доставляется (ошибка 131049), и платить за него не нужно. Маркетинговые шаблоны на номера США приостановлены ${since('usMarketingPause')} По данным провайдеров, если в Meta не указан способ оплаты, ответы без шаблона сверх ${num('freeServiceMessages')} бесплатных в месяц на номер не доставляются. Если ваши клиенты в России, сообщения доходят только до тех, кто пользуется VPN.`,
    link: '/whatsapp-business-api#marketing-limits',
    linkText: 'Почему маркетинговые сообщения не доставляются',
    sources: ['marketingPerUserLimits', 'awsTemplates', 'serviceAllowanceMake', 'ruDomainsKommersant'],
  },
  {
    id: 'username-instead-of-number',
    question: 'Почему в CRM вместо номера клиента пришёл непонятный идентификатор?',
    answer: `WhatsApp постепенно вводит имена пользователей: если клиент задал себе имя, компания может получить вместо его номера BSUID — идентификатор этого клиента для вашей компании (платформа присылает его ${since('bsuidSent')}). CRM, которая ищет клиентов по номеру телефона, должна поддерживать BSUID; об этом стоит спросить поставщика CRM или провайдера.`,
    link: '/whatsapp-business-api#usernames',
    linkText: 'Имена пользователей и BSUID',
    sources: ['businessScopedUserIds', 'usernames360dialog'],
  },
  {
    id: 'first-contact',
    question: 'Как написать новому клиенту первыми: шаблоном или ботом?',
    answer: `Через платформу первое сообщение можно отправить только заранее одобренным шаблоном и только клиенту, который согласился получать от вас сообщения. Бот или оператор смогут свободно отвечать, когда клиент ответит: с этого момента открывается окно ${num('serviceWindowHours')} часа. Каждый такой получатель засчитывается в дневной лимит, а само сообщение оплачивается по цене своей категории.`,
    link: '/#row-first-message',
    linkText: 'Написать клиенту первым',
    sources: ['serviceWindow', 'messagingLimits', 'pricing'],
  },
  {
    id: 'template-rejected',
    question: 'Почему WhatsApp отклонил наш шаблон сообщения?',
    answer:
      'Чаще всего мешают переменные: у них не закрыты фигурные скобки, в них есть знаки вроде решётки, доллара или процента, или их номера идут не по порядку. По данным провайдеров, другие частые причины — текст нарушает правила WhatsApp, шаблон настолько общий, что переменными можно злоупотребить, или выбранная категория не подходит к содержанию всего сообщения; причину отказа Meta присылает письмом. Шаблон можно исправить и отправить на проверку снова или обжаловать решение в Business Support Home.',
    link: '/whatsapp-business-api#template-review',
    linkText: 'Почему отклоняют шаблоны и что изменить',
    sources: ['templateGuidelines', 'templateApprovalsTwilio', 'templateReviewYCloud', 'templateReviewAws', 'policyViolations360dialog'],
  },
  {
    id: 'number-banned',
    question: 'Что делать, если номер WhatsApp Business заблокировали?',
    answer:
      'WhatsApp блокирует аккаунты, которые, по его мнению, нарушают условия использования, например рассылают спам или обманывают людей. Если вы считаете блокировку ошибкой, нажмите в приложении «Запросить проверку»: проверяют один номер за раз, повторные запросы решение не ускоряют, а о результате придёт уведомление. По сообщениям СМИ, ссылающихся на справку WhatsApp, временная блокировка обычно означает неофициальное или изменённое приложение, и если не перейти на официальное, блокировка может стать постоянной.',
    link: '/whatsapp-business#account-ban',
    linkText: 'Если номер заблокировали',
    sources: ['accountBans', 'businessAppBan', 'unofficialAppsBan'],
  },
  {
    id: 'api-restricted',
    question: 'Что будет, если WhatsApp ограничит наш аккаунт WhatsApp Business API за нарушения?',
    answer: `За нарушение правил Meta сначала присылает предупреждение, при повторных нарушениях ограничивает отправку сообщений, и каждое следующее ограничение длится дольше, а за тяжёлые нарушения аккаунт отключают сразу. Нарушение можно обжаловать или признать в Business Support Home; по данным провайдеров, на обжалование есть ${num('violationAppealDays')} дней. Отключённый аккаунт не может ни отправлять, ни получать сообщения, а номер, заблокированный в WhatsApp, нельзя зарегистрировать на платформе, пока блокировку не снимут.`,
    link: '/whatsapp-business-api#policy-enforcement',
    linkText: 'Ограничения и блокировка на платформе',
    sources: ['policyEnforcement', 'policyViolations360dialog', 'enforcementVonage', 'phoneNumbers'],
  },
  {
    id: 'backup-chats',
    question: 'Как сохранить переписку WhatsApp Business и перенести её на другой телефон?',
    answer: `Переписку сохраняют в резервную копию на Google Диске или в iCloud; её можно защитить сквозным шифрованием — паролем или ключом из ${num('backupKeyDigits')} цифр, но без них WhatsApp копию не восстановит. По сообщениям СМИ о запуске этой функции, на телефон с той же системой чаты переносят и без облака, по QR-коду между двумя телефонами. На WhatsApp Business Platform переписка переходит, только если подключить номер в режиме сосуществования: переносятся личные чаты за последние ${num('coexistenceHistoryMonths')} месяцев, группы не переносятся.`,
    link: '/whatsapp-business#backup',
    linkText: 'Резервная копия и перенос переписки',
    sources: ['backupEncryption', 'chatTransferTechlusive', 'coexistenceMeta'],
  },
  {
    id: 'provider-fees',
    question: 'Что провайдер WhatsApp Business API берёт сверх платы Meta?',
    answer:
      'Плата Meta за сообщения одинакова у любого провайдера, а сверх неё провайдеры берут своё: одни — за каждое сообщение, другие — ежемесячно за номер, третьи — наценку на часть сообщений или плату за подключение. Проверенной «типичной» наценки нет, поэтому сравнивайте условия: передаёт ли провайдер цены Meta без наценки, берёт ли плату и за входящие сообщения, есть ли абонентская плата за номер и с какого дня она начисляется. Примеры с ценами провайдеров — на странице по ссылке.',
    link: '/whatsapp-business-api#provider-fees',
    linkText: 'Что провайдеры берут сверх цены Meta',
    sources: ['prices360dialog', 'twilioPricing', 'gupshupFee', 'gupshupMarketingMarkup'],
  },
  {
    id: 'change-provider',
    question: 'Как перейти к другому провайдеру WhatsApp Business API и не потерять номер?',
    answer:
      'Да: номер, уже подключённый к платформе, переносят в аккаунт WhatsApp Business у нового провайдера вместе с отображаемым именем, рейтингом качества, лимитом сообщений и одобренными шаблонами высокого качества. Перенос начинает тот, к кому переходит номер. По данным провайдеров, до этого на номере отключают двухэтапную проверку, а история переписки и каталоги при переносе не переходят.',
    link: '/whatsapp-business-api#provider-migration',
    linkText: 'Как перейти к другому провайдеру',
    sources: ['numberMigrationMeta', 'leaveProvider360dialog', 'migrationTo360dialog'],
  },
  {
    id: 'russia-alternatives',
    question: 'Что российские власти предлагают вместо WhatsApp?',
    answer: `В Кремле ${day('ruKremlinConfirmed')} назвали «доступной альтернативой» национальный мессенджер MAX, а Роскомнадзор, объявляя об ограничении WhatsApp, советовал переходить на «национальные сервисы». По сообщениям СМИ, ${since('ruMaxPreinstall')} MAX обязательно предустанавливают на смартфоны, которые продаются в России, а ${since('ruMaxHousing')} управляющие компании и ТСЖ должны дать жильцам возможность связаться с ними через MAX. Telegram в России тоже ограничивают.`,
    link: '/russia#alternatives',
    linkText: 'Что называют заменой WhatsApp в России',
    sources: ['ruKremlinInterfax', 'ruPhasedTatarInform', 'ruMaxPreinstallMeduza', 'ruMaxHousingRia', 'ruRknConfirmed'],
  },
  {
    id: 'broadcast-list-size',
    question: 'Сколько контактов можно добавить в список рассылки WhatsApp Business?',
    answer: `По данным сторонних сайтов, в одном списке рассылки может быть до ${num('broadcastListContacts')} контактов, и сообщение получат только те, кто сохранил ваш номер в телефонной книге; каждый получит его как обычное личное сообщение. Справку WhatsApp об этом мы открыть не смогли, поэтому ограничение лучше проверить в самом приложении. Чтобы писать первыми большему числу клиентов, нужна WhatsApp Business Platform с одобренными шаблонами.`,
    link: '/whatsapp-business#broadcast-lists',
    linkText: 'Списки рассылки в приложении',
    sources: ['broadcastZavu', 'broadcastBlueticks', 'broadcastFastweb'],
  },
  {
    id: 'sole-trader',
    question: 'Может ли ИП или самозанятый подключить WhatsApp Business API?',
    answer: `Начать можно и без проверки компании в Meta: новое бизнес-портфолио может писать вне окна ${num('serviceWindowHours')} часа ${formatNumber(MESSAGING_TIERS.values[0])} разным людям в сутки, а проверка компании — один из способов поднять лимит. Прямого ответа, проходят ли эту проверку российские ИП и самозанятые, мы на страницах Meta не нашли; по данным провайдеров, в некоторых странах Meta принимает документы индивидуальных предпринимателей. Для проверки, по данным провайдеров, нужны официальное название, адрес, телефон и сайт, совпадающие с документами о регистрации.`,
    link: '/whatsapp-business-api#business-verification',
    linkText: 'Проверка компании, ИП и самозанятые',
    sources: ['messagingLimits', 'scalingPaths360dialog', 'soleTraderDocumentsNicochat', 'verificationYCloud'],
  },
  {
    id: 'coexistence-linked-devices',
    question: 'Будут ли работать связанные устройства после перехода на API?',
    answer:
      'Когда номер из приложения WhatsApp Business подключают к Cloud API, все связанные устройства один раз отключаются. Потом их можно подключить снова, кроме WhatsApp для Windows и WearOS: на них вместо сообщений компании клиенту покажется заглушка с просьбой открыть основной телефон. Так что работать с нескольких устройств можно и после подключения.',
    link: '/whatsapp-business-api#coexistence',
    linkText: 'Сосуществование приложения и API',
    sources: ['coexistenceMeta'],
  },
];
