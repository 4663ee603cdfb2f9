/**
 * The search vocabulary: how people really spell the products and terms, mapped to the words the site uses.
 * Keys and values are lowercase, with «ё» written as «е». A value may hold several words; all are searched.
 * Add a spelling here when support sees a query that finds nothing.
 */
export const SYNONYMS: Readonly<Record<string, readonly string[]>> = {
  // WhatsApp, as it is typed in Russian and in Latin
  ватсап: ['whatsapp'],
  ватсапп: ['whatsapp'],
  вотсап: ['whatsapp'],
  вотсапп: ['whatsapp'],
  вацап: ['whatsapp'],
  вацапп: ['whatsapp'],
  уотсап: ['whatsapp'],
  ватс: ['whatsapp'],
  whatsap: ['whatsapp'],
  watsap: ['whatsapp'],
  watsapp: ['whatsapp'],
  whatsup: ['whatsapp'],
  вотсаб: ['whatsapp'],
  // Business / API
  бизнес: ['бизнес', 'business'],
  business: ['business', 'бизнес'],
  апи: ['api'],
  апишка: ['api'],
  // CRM, Bitrix24
  црм: ['crm'],
  срм: ['crm'],
  битрикс: ['битрикс24'],
  битрикс24: ['битрикс24'],
  bitrix: ['битрикс24'],
  bitrix24: ['битрикс24'],
  битрих: ['битрикс24'],
  // Platform terms
  ваба: ['waba'],
  бсп: ['bsp', 'провайдер'],
  bsp: ['bsp', 'провайдер'],
  клауд: ['cloud'],
  клаут: ['cloud'],
  премис: ['on', 'premises'],
  премайс: ['on', 'premises'],
  премисес: ['on', 'premises'],
  онпремис: ['on', 'premises'],
  коэкзистенс: ['coexistence', 'сосуществование'],
  coexistence: ['coexistence', 'сосуществование'],
  сосуществование: ['сосуществование', 'coexistence'],
  галочка: ['галочка', 'официальный'],
  верифицированный: ['verified', 'проверка'],
  верифайд: ['verified'],
  мета: ['meta'],
  фейсбук: ['facebook', 'meta'],
  facebook: ['facebook', 'meta'],
  бсуид: ['bsuid'],
  шаблончик: ['шаблон'],
  // Words readers use for what the site names otherwise (matched by stem too: «автоответчики», «галочку»)
  автоответчик: ['автоматические', 'ответы'],
  автоответ: ['автоматические', 'ответы'],
  автоответы: ['автоматические', 'ответы'],
  бот: ['бот', 'чат-бот'],
  чатбот: ['чат-бот'],
  нейросеть: ['ии', 'чат-бот'],
  chatgpt: ['ии', 'чат-бот'],
  gpt: ['ии', 'чат-бот'],
  гпт: ['ии', 'чат-бот'],
  ai: ['ии'],
  amocrm: ['crm'],
  амо: ['crm'],
  амосрм: ['crm'],
  амоцрм: ['crm'],
  оператор: ['сотрудники'],
  операторы: ['сотрудники'],
  менеджер: ['сотрудники'],
  менеджеры: ['сотрудники'],
  бан: ['заблокировать', 'блокировка'],
  забанить: ['заблокировать', 'блокировка'],
  забанили: ['заблокировать', 'блокировка'],
  банят: ['заблокировать', 'блокировка'],
  верификация: ['проверка', 'verified'],
  тариф: ['цены'],
  тарифы: ['цены'],
  личный: ['личный', 'обычный'],
  впн: ['vpn'],
  юзернейм: ['имена', 'пользователей'],
  username: ['имена', 'пользователей'],
  никнейм: ['имена', 'пользователей'],
  компьютер: ['компьютер', 'веб'],
  пк: ['компьютер', 'веб'],
  фз: ['фз', 'закон'],
  отличается: ['сравнение'],
  отличаются: ['сравнение'],
  отличие: ['сравнение'],
  отличия: ['сравнение'],
  разница: ['сравнение'],
  различия: ['сравнение'],
  ркн: ['роскомнадзор'],
  отвечать: ['отвечать', 'ответы'],
  ответить: ['ответить', 'ответы'],
};

/**
 * Phrases whose words mean something else together: «два телефона» is the linked-devices question, not a
 * question about phones. Matched on stems, so «двух телефонах» is the same phrase. A meaning may keep the typed
 * words too («сколько стоит» is also the words of the answer «Сколько стоит WhatsApp Business API?»).
 */
export const PHRASES: readonly (readonly [string, readonly string[]])[] = [
  ['два телефона', ['связанные', 'устройства']],
  ['двух телефонах', ['связанные', 'устройства']],
  ['двум телефонам', ['связанные', 'устройства']],
  ['второй телефон', ['связанные', 'устройства']],
  ['втором телефоне', ['связанные', 'устройства']],
  ['несколько телефонов', ['связанные', 'устройства']],
  ['две недели', ['14', 'дней']],
  // Later than the 24-hour window: only a template may be sent
  ['через сутки', ['окно', '24', 'часа']],
  ['через день', ['окно', '24', 'часа']],
  ['через два дня', ['окно', '24', 'часа']],
  ['через неделю', ['окно', '24', 'часа']],
  ['на следующий день', ['окно', '24', 'часа']],
  ['сколько стоит', ['сколько', 'стоит', 'стоимость', 'цены', 'платное']],
  ['сколько стоят', ['сколько', 'стоит', 'стоимость', 'цены', 'платное']],
  ['зеленая галочка', ['официальный', 'бизнес', 'аккаунт']],
  ['синяя галочка', ['официальный', 'бизнес', 'аккаунт']],
];

/**
 * Word families the stemmer leaves apart: each stem on the right is read as the one on the left, in the index and in
 * queries alike, so «отвечать» finds «ответы», «подключение» finds «подключить», «двух» finds «два».
 */
export const STEM_FAMILIES: Readonly<Record<string, readonly string[]>> = {
  один: ['одн', 'одна', 'одно', 'одни'],
  два: ['две', 'двух', 'двум', 'двумя'],
  три: ['трех', 'трем', 'тремя'],
  ответ: ['отвеча', 'отвечат'],
  подключ: ['подключен', 'подключа'],
  блокировк: ['блокир', 'заблокир', 'заблокирова', 'блокирова'],
  рассылк: ['рассыла'],
  перенос: ['перенест', 'перенес'],
  проверк: ['провер', 'проверен', 'проверя'],
  интеграц: ['интегрирова', 'интегрир'],
  оплат: ['оплачива', 'оплач'],
};

/**
 * Words too common to help ranking: left out of the index and of queries (a query of only these finds nothing).
 */
export const STOP_WORDS: ReadonlySet<string> = new Set([
  'в', 'во', 'и', 'а', 'но', 'на', 'с', 'со', 'к', 'ко', 'по', 'о', 'об', 'от', 'до', 'за', 'из', 'у', 'для', 'не',
  'ли', 'как', 'что', 'это', 'то', 'же', 'бы', 'мы', 'вы', 'он', 'она', 'они', 'его', 'ее', 'их', 'или', 'при',
  'чем', 'через', 'можно', 'нужно', 'если', 'мне', 'нам', 'вам', 'у', 'так', 'уже', 'еще',
  'the', 'a', 'an', 'of', 'to', 'in', 'and', 'or', 'is',
]);

/** The same physical keys on a QWERTY and a ЙЦУКЕН keyboard: «цфеыфзз» was meant as «whatsapp». */
export const QWERTY = "qwertyuiop[]asdfghjkl;'zxcvbnm,.`";
export const JCUKEN = 'йцукенгшщзхъфывапролджэячсмитьбюё';

/** Latin → Cyrillic transliteration, longest sequences first: «yarlyki» → «ярлыки». */
export const LATIN_TO_CYRILLIC: readonly (readonly [string, string])[] = [
  ['shch', 'щ'], ['sch', 'щ'], ['zh', 'ж'], ['kh', 'х'], ['ch', 'ч'], ['sh', 'ш'], ['ts', 'ц'],
  ['ya', 'я'], ['yu', 'ю'], ['yo', 'е'], ['ye', 'е'], ['ja', 'я'], ['ju', 'ю'],
  ['a', 'а'], ['b', 'б'], ['v', 'в'], ['w', 'в'], ['g', 'г'], ['d', 'д'], ['e', 'е'], ['z', 'з'], ['i', 'и'],
  ['j', 'й'], ['k', 'к'], ['l', 'л'], ['m', 'м'], ['n', 'н'], ['o', 'о'], ['p', 'п'], ['r', 'р'], ['s', 'с'],
  ['t', 'т'], ['u', 'у'], ['f', 'ф'], ['h', 'х'], ['c', 'к'], ['q', 'к'], ['x', 'кс'], ['y', 'ы'],
];

/** Cyrillic → Latin transliteration, one letter at a time: «клауд» → «klaud». */
export const CYRILLIC_TO_LATIN: Readonly<Record<string, string>> = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ж: 'zh', з: 'z', и: 'i', й: 'y', к: 'k', л: 'l', м: 'm', н: 'n',
  о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'shch', ъ: '',
  ы: 'y', ь: '', э: 'e', ю: 'yu', я: 'ya',
};
