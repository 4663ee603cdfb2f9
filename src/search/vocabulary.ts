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
};

/**
 * Words too common to help ranking: left out of the index and of queries (a query of only these finds nothing).
 */
export const STOP_WORDS: ReadonlySet<string> = new Set([
  'в', 'во', 'и', 'а', 'но', 'на', 'с', 'со', 'к', 'ко', 'по', 'о', 'об', 'от', 'до', 'за', 'из', 'у', 'для', 'не',
  'ли', 'как', 'что', 'это', 'то', 'же', 'бы', 'мы', 'вы', 'он', 'она', 'они', 'его', 'ее', 'их', 'или', 'при',
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
