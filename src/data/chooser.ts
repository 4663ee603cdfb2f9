/**
 * «Какой WhatsApp вам подходит?» (/choose): the questions, the outcomes and the rules that join them.
 * Every combination of answers must match exactly one rule (src/data/validate.ts enumerates them all at build
 * time), so the rules are written without overlaps: a question missing from `when` accepts any answer.
 * Reasons and cautions link to the comparison rows and sections that explain them; links must be published
 * (published-links.json). Outcome ids are anchors (`/choose#outcome-<id>`) and URL values: never rename one.
 */
import {MESSAGING_TIERS, RUSSIA_AS_OF, day, formatNumber, num} from './figures';
import type {Chooser} from './schema';

/** Needs what only the Platform offers: an official integration, more than five people, or mass outreach. */
const PLATFORM_NEEDS: Record<string, string[]>[] = [
  {integration: ['yes']},
  {integration: ['no'], team: ['many']},
  {integration: ['no'], team: ['one', 'few'], outreach: ['mass']},
];

/** Where WhatsApp works without a VPN; customers mostly in Russia get an outcome of their own. */
const OUTSIDE_RUSSIA = {customers: ['mixed', 'abroad']};

const withNeeds = (extra: Record<string, string[]>, outcome: string) =>
  PLATFORM_NEEDS.map((need) => ({when: {...OUTSIDE_RUSSIA, ...need, ...extra}, outcome}));

export const chooser: Chooser = {
  questions: [
    {
      id: 'customers',
      legend: 'Где ваши клиенты?',
      hint: `По состоянию на ${RUSSIA_AS_OF} WhatsApp в России без VPN не работает.`,
      options: [
        {value: 'russia', label: 'В основном в России'},
        {value: 'mixed', label: 'И в России, и в других странах'},
        {value: 'abroad', label: 'За пределами России'},
      ],
    },
    {
      id: 'integration',
      legend: 'Нужно ли официально подключить WhatsApp к CRM, сайту или службе поддержки?',
      hint: 'Например, к Открытым линиям Битрикс24.',
      options: [
        {value: 'yes', label: 'Да, нужна интеграция'},
        {value: 'no', label: 'Нет, переписываемся в самом WhatsApp'},
      ],
    },
    {
      id: 'team',
      legend: 'Сколько человек отвечают клиентам?',
      options: [
        {value: 'one', label: 'Один человек'},
        {value: 'few', label: 'От двух до пяти'},
        {value: 'many', label: 'Больше пяти'},
      ],
    },
    {
      id: 'outreach',
      legend: 'Пишете ли вы клиентам первыми: рассылки, напоминания, акции?',
      options: [
        {value: 'no', label: 'Нет, только отвечаем'},
        {value: 'some', label: 'Иногда, небольшим спискам клиентов'},
        {value: 'mass', label: 'Да, многим клиентам: сотням и тысячам'},
      ],
    },
    {
      id: 'phone',
      legend: 'Нужно ли продолжать переписку с телефона, в приложении?',
      options: [
        {value: 'yes', label: 'Да'},
        {value: 'no', label: 'Нет, хватит CRM или кабинета'},
      ],
    },
    {
      id: 'pay',
      legend: 'Готовы ли вы платить за сообщения?',
      hint: `На WhatsApp Business Platform платят за каждое доставленное сообщение: за шаблоны и, с ${day('serviceMessagesBilled')}, за ответы в окне ${num('serviceWindowHours')} часа (по данным провайдеров, первые ${num('freeServiceMessages')} в месяц на номер бесплатны).`,
      options: [
        {value: 'yes', label: 'Да, если это нужно для дела'},
        {value: 'no', label: 'Нет, нужен бесплатный вариант'},
      ],
    },
    {
      id: 'number',
      legend: 'Где сейчас работает номер, который вы хотите использовать?',
      options: [
        {value: 'business-app', label: 'В приложении WhatsApp Business'},
        {value: 'whatsapp', label: 'В обычном WhatsApp'},
        {value: 'new', label: 'Номер новый или ещё нигде не используется'},
      ],
    },
  ],

  outcomes: [
    {
      id: 'business-app',
      title: 'Приложение WhatsApp Business',
      summary:
        'Вам хватит бесплатного приложения: клиентам отвечают с телефона и связанных устройств, а интеграция с CRM и массовые рассылки не нужны.',
      appliesWhen: 'Клиенты не только в России; интеграция с CRM не нужна, клиентам отвечают до пяти человек, массовых рассылок нет.',
      reasons: [
        {text: 'Приложение бесплатное; платные — только дополнения, например подписка Meta Verified.', link: '/#row-price'},
        {
          text: `Отвечать можно с телефона и ещё до ${num('linkedDevices')} связанных устройств, в том числе с телефонов-компаньонов — разным сотрудникам.`,
          link: '/#row-several-employees',
        },
        {text: 'Есть профиль компании, каталог, быстрые ответы, автоответы и ярлыки.', link: '/whatsapp-business#tools'},
      ],
      cautions: [
        {text: 'Списки рассылки создаются только на основном телефоне.', link: '/#row-broadcasts'},
        {
          text: `Связанные устройства выходят из аккаунта, если основным телефоном не пользовались ${num('linkedDevicesLogoutDays')} дней.`,
          link: '/whatsapp-business#linked-devices',
        },
        {
          text: 'Не подключайте номер к CRM через QR-код: это «серая» интеграция, условия WhatsApp её запрещают, номер могут заблокировать.',
          link: '/integrations#grey-risks',
        },
      ],
      more: '/whatsapp-business',
    },
    {
      id: 'app-now-platform-later',
      title: 'Сейчас — приложение WhatsApp Business, позже — Cloud API',
      summary:
        'Официальная интеграция, работа многих операторов и массовые рассылки есть только на платной WhatsApp Business Platform. Начните с бесплатного приложения, а когда будете готовы платить, подключите тот же номер к Cloud API в режиме сосуществования: приложение продолжит работать.',
      appliesWhen:
        'Клиенты не только в России; нужны интеграция, больше пяти операторов или массовые рассылки, но платить за сообщения пока не готовы.',
      reasons: [
        {text: 'Официально подключить WhatsApp к CRM можно только через API.', link: '/#row-official-integration'},
        {
          text: `На платформе платят за каждое доставленное сообщение: за шаблоны и, с ${day('serviceMessagesBilled')}, за ответы в окне.`,
          link: '/#row-price',
          source: 'nonTemplatePricing',
        },
        {
          text: 'Подходящий номер из приложения можно подключить к Cloud API, не отказываясь от приложения (режим сосуществования).',
          link: '/#row-same-number',
        },
      ],
      cautions: [
        {
          text: 'Бесплатной официальной интеграции нет, а «серая» через QR-код нарушает условия WhatsApp: номер могут заблокировать.',
          link: '/integrations#grey-risks',
        },
        {
          text: 'Когда номер работает и в приложении, и через API (режим сосуществования), в приложении отключаются списки рассылки и некоторые другие функции.',
          link: '/whatsapp-business-api#coexistence',
        },
      ],
      more: '/whatsapp-business-api#coexistence',
    },
    {
      id: 'platform',
      title: 'WhatsApp Business Platform (Cloud API)',
      summary:
        'Вам нужна WhatsApp Business Platform: официальная интеграция с CRM или службой поддержки, работа многих операторов и рассылки по шаблонам. Подключиться можно напрямую у Meta или через провайдера.',
      appliesWhen:
        'Клиенты не только в России; нужны интеграция, больше пяти операторов или массовые рассылки; вы готовы платить за сообщения, а переписка с телефона не нужна.',
      reasons: [
        {text: 'Доступ к Cloud API — напрямую у Meta или через провайдера.', link: '/#row-api-access'},
        {text: 'Операторы работают в CRM или службе поддержки, сколько бы их ни было.', link: '/#row-several-employees'},
        {text: 'Рассылки — по одобренным шаблонам, за плату.', link: '/#row-broadcasts'},
      ],
      cautions: [
        {
          text: `Первым написать клиенту можно только шаблоном и только тем, кто дал согласие; отвечать без шаблона — в течение ${num('serviceWindowHours')} часов после его сообщения или звонка.`,
          link: '/#row-first-message',
        },
        {
          text: `Платно каждое доставленное сообщение, в том числе ответы в окне (по данным провайдеров, первые ${num('freeServiceMessages')} в месяц на номер бесплатны); цена зависит от категории и страны.`,
          link: '/whatsapp-business-api#pricing',
          source: 'nonTemplatePricing',
        },
        {
          text: `Скольким людям в сутки можно написать вне окна, ограничено уровнями, начиная с ${formatNumber(MESSAGING_TIERS.values[0])}.`,
          link: '/#row-messaging-limits',
        },
        {
          text: 'Бот, который отвечает о ваших товарах и заказах, можно; универсального ИИ-ассистента в большинстве стран — нельзя.',
          link: '/whatsapp-business-api#ai-chatbots',
          source: 'aiProviders',
        },
        {text: 'Своего приложения для телефона у платформы нет.', link: '/#row-phone-app'},
      ],
      more: '/whatsapp-business-api',
    },
    {
      id: 'coexistence',
      title: 'WhatsApp Business и Cloud API на одном номере',
      summary:
        'Вам нужны и интеграция, и переписка с телефона. Номер из приложения WhatsApp Business можно подключить к Cloud API и продолжать работать в приложении — это режим сосуществования: сообщения видны и в приложении, и в подключённой системе.',
      appliesWhen:
        'Клиенты не только в России; нужны интеграция, больше пяти операторов или массовые рассылки; вы готовы платить и хотите продолжать переписку в приложении на телефоне.',
      reasons: [
        {text: 'Один номер работает и в приложении, и в API.', link: '/#row-same-number'},
        {text: 'Официальная интеграция с CRM — через API.', link: '/#row-official-integration'},
        {text: 'Сообщения из приложения остаются бесплатными, через API — оплачиваются как обычно.', link: '/whatsapp-business-api#coexistence'},
      ],
      cautions: [
        {
          text: 'В приложении отключаются списки рассылки, исчезающие сообщения, «просмотр один раз» и геолокация в реальном времени; группы не синхронизируются.',
          link: '/#row-same-number',
        },
        {
          text: `Подходит не каждый номер: нужна версия приложения не ниже ${num('coexistenceAppVersion')} и страна, которую поддерживает Meta.`,
          link: '/whatsapp-business-api#coexistence',
          source: 'coexistenceMeta',
        },
        {text: `Пропускная способность такого номера через API — ${num('throughputCoexistence')} сообщений в секунду.`, link: '/#row-throughput'},
        {
          text: 'При подключении связанные устройства один раз отключаются; потом их можно подключить снова, кроме WhatsApp для Windows и WearOS.',
          link: '/whatsapp-business-api#coexistence',
          source: 'coexistenceMeta',
        },
        {text: 'Сообщения через API оплачиваются по ценам Meta.', link: '/whatsapp-business-api#pricing', source: 'pricing'},
        {
          text: 'Первым написать клиенту через API можно только шаблоном и только тем, кто дал согласие.',
          link: '/#row-first-message',
        },
      ],
      more: '/whatsapp-business-api#coexistence',
    },
    {
      id: 'customers-in-russia',
      title: 'Для клиентов в России на WhatsApp полагаться нельзя',
      summary: `По состоянию на ${RUSSIA_AS_OF} WhatsApp в России без VPN не работает — ни обычный, ни приложение WhatsApp Business, ни WhatsApp Business Platform: сообщения доходят только до клиентов, которые пользуются VPN.`,
      appliesWhen: 'Ваши клиенты в основном в России — что бы вы ни ответили на остальные вопросы.',
      reasons: [
        {
          text: `С ${day('ruDomainsRemoved')} домены WhatsApp исчезли из национальной системы доменных имён России; без VPN сервис там не работает.`,
          link: '/russia#status',
          source: 'ruDomainsKommersant',
        },
        {text: 'Это касается всех трёх вариантов: приложения WhatsApp, WhatsApp Business и платформы.', link: '/#row-russia'},
        {
          text: `В Кремле ${day('ruKremlinConfirmed')} подтвердили, что решение заблокировать WhatsApp было принято и реализовано.`,
          link: '/russia#status',
          source: 'ruKremlinInterfax',
        },
      ],
      cautions: [
        {
          text: 'Госорганам, банкам и другим финансовым организациям, операторам связи, крупным сайтам, сайтам объявлений и маркетплейсам закон 41-ФЗ запрещает общаться с клиентами через иностранные мессенджеры.',
          link: '/russia#law-41-fz',
          source: 'ruLaw41Amic',
        },
        {text: 'Положение меняется: на странице «WhatsApp в России» указано, на какую дату проверены сведения.', link: '/russia#status'},
      ],
      more: '/russia',
    },
  ],

  rules: [
    {when: {customers: ['russia']}, outcome: 'customers-in-russia'},
    {when: {...OUTSIDE_RUSSIA, integration: ['no'], team: ['one', 'few'], outreach: ['no', 'some']}, outcome: 'business-app'},
    ...withNeeds({pay: ['no']}, 'app-now-platform-later'),
    ...withNeeds({pay: ['yes'], phone: ['yes']}, 'coexistence'),
    ...withNeeds({pay: ['yes'], phone: ['no']}, 'platform'),
  ],

  notes: [
    {
      id: 'some-customers-in-russia',
      when: {customers: ['mixed']},
      outcomes: ['business-app', 'app-now-platform-later', 'platform', 'coexistence'],
      point: {
        text: `Клиенты в России получат ваши сообщения только через VPN: по состоянию на ${RUSSIA_AS_OF} WhatsApp там без VPN не работает.`,
        link: '/russia#status',
        source: 'ruDomainsKommersant',
      },
    },
    {
      id: 'law-41fz',
      when: {customers: ['mixed']},
      outcomes: ['business-app', 'app-now-platform-later', 'platform', 'coexistence'],
      point: {
        text: 'Если вы банк, госорганизация, оператор связи, маркетплейс или крупный сайт, писать клиентам в России через WhatsApp вам запрещает закон 41-ФЗ.',
        link: '/russia#law-41-fz',
        source: 'ruLaw41Amic',
      },
    },
    {
      id: 'number-in-whatsapp',
      when: {number: ['whatsapp']},
      outcomes: ['platform', 'coexistence', 'app-now-platform-later'],
      point: {
        text: 'Номер из обычного WhatsApp к API так не подключить: его сначала удаляют из WhatsApp, и история переписки там пропадает. Надёжнее сначала перенести номер в приложение WhatsApp Business, а потом подключить его в режиме сосуществования.',
        link: '/#row-same-number',
      },
    },
    {
      id: 'new-number',
      when: {number: ['new']},
      outcomes: ['coexistence', 'app-now-platform-later'],
      point: {
        text: 'Режим сосуществования (номер работает и в приложении, и через API) подключают к номеру, который уже работает в приложении WhatsApp Business.',
        link: '/whatsapp-business-api#coexistence',
      },
    },
    {
      id: 'app-number-on-platform',
      when: {number: ['business-app']},
      outcomes: ['platform'],
      point: {
        text: 'Если приложение всё же понадобится, номер из него можно подключить к API и продолжать работать в приложении (режим сосуществования).',
        link: '/whatsapp-business-api#coexistence',
      },
    },
    {
      id: 'many-people-in-app',
      when: {team: ['many']},
      outcomes: ['app-now-platform-later'],
      point: {
        text: `Приложение работает на телефоне и ещё не более чем на ${num('linkedDevices')} связанных устройствах.`,
        link: '/#row-several-employees',
      },
    },
    {
      id: 'mass-outreach-in-app',
      when: {outreach: ['mass']},
      outcomes: ['app-now-platform-later'],
      point: {
        text: 'В приложении рассылают только списками с основного телефона; платные маркетинговые сообщения из приложения доступны не во всех регионах.',
        link: '/#row-broadcasts',
        source: 'marketingMessages',
      },
    },
    {
      id: 'service-replies-2026',
      when: {pay: ['yes']},
      outcomes: ['platform', 'coexistence'],
      point: {
        text: `С ${day('serviceMessagesBilled')} платно и каждое сервисное сообщение — ответ клиенту в окне ${num('serviceWindowHours')} часа; по данным провайдеров, первые ${num('freeServiceMessages')} в месяц на номер бесплатны.`,
        link: '/#row-service-replies',
        source: 'nonTemplatePricing',
      },
    },
  ],
};
