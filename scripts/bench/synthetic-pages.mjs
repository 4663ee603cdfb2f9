/**
 * Synthetic Russian doc pages for the scale benchmark: deterministic (seeded), about the length of the site's
 * own pages (3–6 KB of text: an intro and 4–6 sections of 1–3 paragraphs), every heading with the explicit id the
 * build requires (`## Заголовок {/* #some-id *\/}`), and the front matter the site checks (title, description,
 * last_checked as YYYY-MM-DD, not in the future). Sentences come from the site's own pages with words swapped
 * for others of a word list, so the vocabulary (and the search index) grows with the page count as a real
 * site's would, instead of repeating one page a thousand times. No <Callout> or <FeatureTable>.
 *
 * The pages go into docs/<folder>/ (their own URL space, /<folder>/page-0001…) and into a collapsed category
 * «Синтетические страницы» at the end of the site's first sidebar, in groups of 50, as a large real sidebar would be.
 */
import {existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync} from 'node:fs';
import path from 'node:path';

/** A small seeded random generator, so generated text is the same on every run. */
export function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const NOUNS = ['клиент', 'клиента', 'клиентам', 'договор', 'договора', 'менеджер', 'менеджеры', 'оператор', 'оператора',
  'аккаунт', 'аккаунта', 'шаблон', 'шаблоны', 'шаблонов', 'запрос', 'запросы', 'отдел', 'магазин', 'заказ', 'заказы',
  'документ', 'диалог', 'диалоги', 'канал', 'канала', 'бюджет', 'отчет', 'отчеты', 'партнер', 'склад', 'сайт', 'чат',
  'чаты', 'номер', 'номера', 'лимит', 'лимиты', 'статус', 'доступ', 'интерфейс', 'сегмент', 'раздел', 'проект',
  'регион', 'график', 'курьер', 'сотрудник', 'сотрудники', 'покупатель', 'покупатели', 'администратор', 'вебхук',
  'токен', 'телефон', 'сервис', 'каталог', 'товар', 'товары', 'компания', 'компании', 'кампания', 'кампании', 'функция',
  'функции', 'категория', 'интеграция', 'интеграции', 'версия', 'лицензия', 'история', 'рассылка', 'рассылки',
  'настройка', 'настройки', 'подписка', 'заявка', 'заявки', 'доставка', 'оплата', 'скидка', 'услуга', 'услуги',
  'кнопка', 'ссылка', 'метка', 'папка', 'почта', 'команда', 'задержка', 'выгрузка', 'верификация', 'регистрация',
  'авторизация', 'конверсия', 'модерация', 'автоматизация', 'платформа', 'система', 'программа', 'группа', 'цена'];
const ADJECTIVES = ['важный', 'удобный', 'платный', 'бесплатный', 'официальный', 'отдельный', 'личный', 'новый',
  'полный', 'активный', 'массовый', 'сервисный', 'маркетинговый', 'рекламный', 'мобильный', 'стабильный', 'быстрый',
  'сложный', 'точный', 'понятный', 'надежный', 'рабочий', 'общий', 'корпоративный', 'технический', 'первый',
  'ежемесячный', 'служебный', 'входящий', 'исходящий', 'проверенный', 'резервный', 'удобная', 'платная', 'новая',
  'официальная', 'отдельная', 'массовая', 'сервисное', 'рабочее', 'новые', 'платные', 'официальные', 'отдельные'];
const VERBS = ['отправляет', 'получает', 'подключает', 'проверяет', 'настраивает', 'обрабатывает', 'отвечает',
  'собирает', 'выбирает', 'изменяет', 'обновляет', 'сохраняет', 'принимает', 'заполняет', 'удаляет', 'добавляет',
  'ограничивает', 'оплачивает', 'распределяет', 'использует', 'регистрирует', 'тестирует', 'планирует',
  'анализирует', 'интегрирует', 'блокирует', 'редактирует', 'архивирует', 'синхронизирует', 'контролирует'];
const LATIN = ['API', 'CRM', 'webhook', 'SLA', 'SDK', 'JSON', 'OAuth', 'QR', 'SMS', 'Bitrix24', 'amoCRM', 'WhatsApp',
  'Android', 'iOS', 'Windows', 'macOS', 'Cloud API', 'BSP', 'WABA', 'HTTPS', 'UTM', 'ID'];
const PREFIXES = ['пере', 'под', 'за', 'вы', 'при', 'пред', 'само', 'авто', 'микро', 'мульти'];
const SUFFIXES = ['ность', 'ение', 'ник', 'щик', 'овка', 'ство', 'тель'];

/** Sentences of the site's pages, without front matter, MDX, JSX, links and markup. */
export function siteSentences(docsDir) {
  const sentences = new Set();
  for (const file of readdirSync(docsDir).filter((f) => /\.mdx?$/.test(f))) {
    const body = readFileSync(path.join(docsDir, file), 'utf8').replace(/^---\n[\s\S]*?\n---\n/, '');
    const text = body
      .split('\n')
      .filter((line) => !/^\s*(#|import |export |\||<\/?[A-Za-z]+[^>]*>\s*$)/.test(line))
      .join('\n')
      .replace(/\{\/\*[\s\S]*?\*\/\}/g, ' ')
      .replace(/<[^>]*>/g, ' ')
      .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
      .replace(/[*_`{}[\]<>|\\]/g, ' ')
      .replace(/^\s*(?:[-+]|\d+\.)\s+/gm, '')
      .replace(/\s+/g, ' ')
      .replace(/\s+([,.;:!?])/g, '$1');
    for (const sentence of text.split(/(?<=[.!?])\s+(?=[А-ЯЁA-Z«])/)) {
      const clean = sentence.trim();
      if (clean.length >= 30 && clean.length <= 300 && /[а-яё]{4}/i.test(clean)) sentences.add(clean);
    }
  }
  if (sentences.size < 20) throw new Error(`only ${sentences.size} sentences found in ${docsDir}`);
  return [...sentences];
}

/** `count` pages as [{file, id, text}], the same for the same count and seed. */
export function syntheticPages(count, {sentences, folder, today, seed = 20261125}) {
  const random = mulberry32(seed);
  const int = (min, max) => min + Math.floor(random() * (max - min + 1));
  const pick = (list) => list[Math.floor(random() * list.length)];
  const chance = (p) => random() < p;
  const capitalise = (text) => text.charAt(0).toUpperCase() + text.slice(1);
  const rare = () => pick(PREFIXES) + pick(NOUNS).replace(/[аеиоуыяью]+$/, '') + pick(SUFFIXES);

  const varied = () => {
    const words = pick(sentences).split(' ');
    for (let n = int(1, 3); n > 0; n--) {
      const i = int(0, words.length - 1);
      if (/^[а-яё]{5,}[,.]?$/i.test(words[i])) words[i] = words[i].replace(/[а-яё]+/i, chance(0.6) ? pick(NOUNS) : rare());
    }
    return words.join(' ');
  };
  const generated = () => {
    const parts = [capitalise(pick(ADJECTIVES)), pick(NOUNS), pick(VERBS), pick(NOUNS)];
    if (chance(0.6)) parts.push(pick(['в', 'на', 'для', 'через', 'по', 'из', 'после', 'при']), pick(ADJECTIVES), pick(NOUNS));
    if (chance(0.4)) parts.push(rare());
    if (chance(0.3)) parts.push(pick(LATIN));
    if (chance(0.2)) parts.push(String(int(2, 2027)));
    return `${parts.join(' ')}.`;
  };
  const sentence = () => (chance(0.5) ? varied() : generated());
  const paragraph = () => Array.from({length: int(2, 4)}, sentence).join(' ');

  const pages = [];
  for (let i = 1; i <= count; i++) {
    const name = `page-${String(i).padStart(4, '0')}`;
    const label = `${capitalise(pick(ADJECTIVES))} ${pick(NOUNS)}`;
    const lines = [
      '---',
      `title: ${JSON.stringify(`${label}: ${pick(NOUNS)} и ${pick(NOUNS)}`)}`,
      `sidebar_label: ${JSON.stringify(label)}`,
      `description: ${JSON.stringify(sentence().slice(0, 150))}`,
      `last_checked: '${today}'`,
      '---',
      '',
      paragraph(),
      '',
    ];
    for (let h = 1, sections = int(4, 6); h <= sections; h++) {
      lines.push(`## ${capitalise(pick(NOUNS))} ${chance(0.5) ? pick(ADJECTIVES) : rare()} {/* #section-${h} */}`, '');
      for (let p = int(1, 3); p > 0; p--) lines.push(paragraph(), '');
      if (chance(0.3)) lines.push(...Array.from({length: int(3, 5)}, () => `- ${generated()}`), '');
    }
    const text = lines.join('\n');
    const body = text.split('\n---\n')[1].replace(/\{\/\* #section-\d+ \*\/\}/g, '');
    if (/[{}<>[\]`*_|\\]/.test(body)) throw new Error(`${name}: generated text has MDX syntax`);
    pages.push({file: `${name}.mdx`, id: `${folder}/${name}`, text});
  }
  return pages;
}

/**
 * Writes the pages into `siteDir/docs/<folder>/` (replacing earlier ones) and the sidebar that lists them.
 * The site's sidebars.ts is kept as sidebars-original.ts the first time.
 */
export function writeSyntheticPages(siteDir, pages, {folder}) {
  const dir = path.join(siteDir, 'docs', folder);
  rmSync(dir, {recursive: true, force: true});
  mkdirSync(dir, {recursive: true});
  for (const page of pages) writeFileSync(path.join(dir, page.file), page.text);

  const sidebarFile = path.join(siteDir, 'sidebars.ts');
  const original = path.join(siteDir, 'sidebars-original.ts');
  if (!existsSync(original)) writeFileSync(original, readFileSync(sidebarFile));
  const groups = [];
  for (let i = 0; i < pages.length; i += 50) {
    groups.push({type: 'category', label: `Группа ${groups.length + 1}`, collapsed: true, items: pages.slice(i, i + 50).map((p) => p.id)});
  }
  const category = {type: 'category', label: 'Синтетические страницы', collapsed: true, items: groups};
  writeFileSync(
    sidebarFile,
    "import original from './sidebars-original';\n" +
      `const synthetic = ${JSON.stringify(category)};\n` +
      'const [first] = Object.keys(original);\n' +
      "if (!first || !Array.isArray(original[first])) throw new Error('bench: the first sidebar is not a list of items');\n" +
      'export default {...original, [first]: [...original[first], synthetic]};\n',
  );
}
