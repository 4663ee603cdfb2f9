#!/usr/bin/env node
/**
 * `npm run bench:search` (not part of `npm test`): how the local search holds up on a site of 100 and of 1,000
 * pages. For each size:
 *   1. copies the site to a temporary folder (node_modules symlinked) and adds the generated Russian MDX pages
 *      under docs/bench/ (sentences of the real pages + a word list with inflected forms + rare words);
 *   2. builds the copy (cold: no persistent bundler cache) and times the build;
 *   3. measures the index files (base and shards, raw and gzip -9);
 *   4. serves the build, opens / in Debian's Chromium and measures the first query (the first keystroke in a box
 *      that has just been focused, nothing of search loaded yet, to its results): time, the longest main-thread
 *      task meanwhile and the bytes it fetched (gzip -9 of each file); then, for each of ≥200 queries, the time
 *      from setting the navbar box's value to the list answering that query;
 *   5. repeats the queries in Node against the same index to split the time between query normalisation and
 *      the rest (no browser, no React);
 *   6. prints a markdown report and writes it to bench/search-bench.md.
 * The temporary folder, the server and the browser are always removed, also on failure or Ctrl+C.
 * Environment: BENCH_PAGES (default "100,1000"), BENCH_ROUNDS (default 3), CHROMIUM_PATH (default /usr/bin/chromium).
 */
import {spawn, spawnSync} from 'node:child_process';
import {
  cpSync,
  createWriteStream,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {pathToFileURL} from 'node:url';
import {gzipSync} from 'node:zlib';
import {chromium} from '@playwright/test';
import {tsImport} from 'tsx/esm/api';
import {CHROMIUM_ARGS, CHROMIUM_PATH} from './ensure-chromium.mjs';
import {freePort} from './serve/free-port.mjs';
import {mulberry32, siteSentences} from './bench/synthetic-pages.mjs';

const ROOT = path.resolve(import.meta.dirname, '..');
const PAGE_COUNTS = (process.env.BENCH_PAGES ?? '100,1000').split(',').map(Number);
/** Each query is measured once per round; rounds run one after the other. */
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const TARGET_P95_MS = 50;
/** Issue 16's targets at 1,000 pages. */
const TARGET_FIRST_RESULTS_MS = 300;
const TARGET_LONGEST_TASK_MS = 50;
const TARGET_FIRST_QUERY_GZIP = 400 * 1024;
const REPORT_FILE = path.join(ROOT, 'bench/search-bench.md');
const COMMAND = 'npm run bench:search';
const SEED = 20261125;
/** Not copied: generated output, dependencies, tests and reports. */
const NOT_COPIED = new Set(['node_modules', 'build', '.docusaurus', '.git', '.tmp', 'tests', 'test-results', 'playwright-report', 'bench']);
const INPUT = 'nav.navbar form[role="search"] input[role="combobox"]';

const started = Date.now();
const log = (message) => console.log(`[bench] ${message}`);

// ---------------------------------------------------------------------------------------------------------------
// Cleanup: always, whatever happens.

const state = {tmp: undefined, server: undefined, browser: undefined};
let cleanedUp = false;

function killServer() {
  const server = state.server;
  state.server = undefined;
  if (!server || server.exitCode !== null) return;
  try {
    process.kill(-server.pid, 'SIGTERM'); // its own process group: the server and anything it started
  } catch {
    try {
      server.kill('SIGTERM');
    } catch {
      /* already gone */
    }
  }
}

function removeTmp() {
  if (state.tmp) rmSync(state.tmp, {recursive: true, force: true});
  state.tmp = undefined;
}

async function cleanup() {
  if (cleanedUp) return;
  cleanedUp = true;
  try {
    await state.browser?.close();
  } catch {
    /* the browser may already be gone */
  }
  killServer();
  removeTmp();
}

process.on('exit', () => {
  killServer();
  removeTmp();
});
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(signal, () => {
    console.error(`\n[bench] ${signal}: cleaning up`);
    cleanup().finally(() => process.exit(130));
  });
}

// ---------------------------------------------------------------------------------------------------------------
// Deterministic randomness.

let random = mulberry32(SEED);
const int = (min, max) => min + Math.floor(random() * (max - min + 1));
const pick = (list) => list[Math.floor(random() * list.length)];
/** Skewed towards the start of the list, like word frequencies: a few words often, most words rarely. */
const pickSkewed = (list) => list[Math.floor(random() ** 2.2 * list.length)];
const chance = (p) => random() < p;
const capitalise = (text) => text.charAt(0).toUpperCase() + text.slice(1);

// ---------------------------------------------------------------------------------------------------------------
// Russian text: sentences of the real pages, a word list with inflected forms, and rarer derived words.

const MASCULINE = ['клиент', 'договор', 'контакт', 'менеджер', 'оператор', 'аккаунт', 'сервер', 'тариф', 'шаблон', 'запрос',
  'ответ', 'отдел', 'магазин', 'заказ', 'документ', 'процесс', 'диалог', 'канал', 'бюджет', 'отчет', 'партнер', 'склад',
  'сайт', 'чат', 'бот', 'номер', 'лимит', 'статус', 'адрес', 'доступ', 'интерфейс', 'формат', 'сегмент', 'фильтр', 'раздел',
  'проект', 'регион', 'офис', 'график', 'курьер', 'маршрут', 'расчет', 'сотрудник', 'покупатель', 'администратор',
  'вебхук', 'токен', 'телефон', 'мессенджер', 'браузер', 'компьютер', 'планшет', 'сервис', 'контент', 'баланс',
  'возврат', 'результат', 'прайс', 'каталог', 'товар', 'продукт', 'виджет', 'лендинг', 'мониторинг', 'перевод'];
const MASCULINE_ENDINGS = ['', 'а', 'у', 'ом', 'е', 'ы', 'ов', 'ам', 'ами', 'ах'];
/** Nouns in -ия: «интеграция, интеграции, интеграцию, интеграцией…». */
const IA_NOUNS = ['компания', 'кампания', 'функция', 'категория', 'организация', 'интеграция', 'версия', 'операция',
  'лицензия', 'история', 'стратегия', 'инструкция', 'коммуникация', 'конверсия', 'модерация', 'автоматизация',
  'верификация', 'регистрация', 'консультация', 'позиция', 'аналитика', 'транзакция', 'конфигурация', 'миграция',
  'авторизация', 'аутентификация', 'сессия', 'комиссия', 'гарантия', 'претензия'];
const IA_ENDINGS = ['ия', 'ии', 'ию', 'ией', 'ий', 'иям', 'иями', 'иях'];
/** Feminine nouns in -а (not after к, г, х, ж, ш, ч, щ). */
const A_NOUNS = ['система', 'программа', 'платформа', 'минута', 'страна', 'форма', 'группа', 'цена', 'сумма', 'схема',
  'карта', 'структура', 'подписка', 'заявка', 'доставка', 'оплата', 'скидка', 'смена', 'услуга', 'кнопка', 'ссылка',
  'метка', 'папка', 'строка', 'колонка', 'почта', 'работа', 'команда', 'задержка', 'рассылка', 'настройка', 'выгрузка'];
const A_ENDINGS = ['а', 'ы', 'е', 'у', 'ой', 'ам', 'ами', 'ах'];
const ADJECTIVES = ['важный', 'удобный', 'платный', 'бесплатный', 'официальный', 'отдельный', 'личный', 'новый', 'полный',
  'активный', 'массовый', 'сервисный', 'маркетинговый', 'рекламный', 'мобильный', 'стабильный', 'быстрый', 'сложный',
  'точный', 'понятный', 'надежный', 'автоматический', 'рабочий', 'общий', 'корпоративный', 'технический', 'первый',
  'годовой', 'ежемесячный', 'служебный', 'входящий', 'исходящий', 'подтвержденный', 'проверенный', 'резервный'];
const ADJECTIVE_ENDINGS = ['ый', 'ого', 'ому', 'ым', 'ом', 'ая', 'ой', 'ую', 'ые', 'ых', 'ыми'];
const AT_VERBS = ['отправлять', 'получать', 'подключать', 'проверять', 'настраивать', 'обрабатывать', 'отвечать',
  'собирать', 'выбирать', 'изменять', 'обновлять', 'сохранять', 'принимать', 'заполнять', 'удалять', 'добавлять',
  'ограничивать', 'рассылать', 'оплачивать', 'распределять', 'записывать', 'открывать', 'закрывать', 'считать'];
const AT_ENDINGS = ['ть', 'ет', 'ют', 'л', 'ла', 'ли', 'я', 'ем'];
const OVAT_VERBS = ['использовать', 'регистрировать', 'тестировать', 'модерировать', 'планировать', 'анализировать',
  'интегрировать', 'блокировать', 'копировать', 'редактировать', 'архивировать', 'синхронизировать', 'маркировать',
  'фиксировать', 'контролировать', 'сортировать', 'экспортировать', 'импортировать', 'верифицировать', 'публиковать'];
const OVAT_ENDINGS = ['овать', 'ует', 'уют', 'овал', 'овала', 'овали', 'уя', 'уем'];
const LATIN = ['API', 'CRM', 'webhook', 'SLA', 'SDK', 'JSON', 'OAuth', 'QR', 'SMS', 'e-mail', 'Bitrix24', 'amoCRM',
  'WhatsApp', 'Telegram', 'Android', 'iOS', 'Windows', 'macOS', 'Cloud API', 'BSP', 'WABA', 'HTTPS', 'UTM', 'ID'];
const PREPOSITIONS = ['в', 'на', 'для', 'через', 'по', 'из', 'к', 'с', 'о', 'без', 'после', 'до', 'при', 'между'];
const CONJUNCTIONS = ['и', 'или', 'но', 'а', 'если', 'когда', 'чтобы', 'потому что', 'поэтому', 'зато'];

/** Regular endings; «ы» is written «и» after к, г, х (каталоги, подписки). */
function inflect(words, endings, cut) {
  return words.map((lemma) => {
    const base = lemma.slice(0, lemma.length - cut);
    return {lemma, forms: [...new Set(endings.map((ending) => base + (/[кгх]$/.test(base) && ending === 'ы' ? 'и' : ending)))]};
  });
}
const FAMILIES = {
  masculine: inflect(MASCULINE, MASCULINE_ENDINGS, 0),
  ia: inflect(IA_NOUNS, IA_ENDINGS, 2),
  a: inflect(A_NOUNS, A_ENDINGS, 1),
  adjective: inflect(ADJECTIVES.filter((w) => w.endsWith('ый')), ADJECTIVE_ENDINGS, 2),
  at: inflect(AT_VERBS.filter((w) => w.endsWith('ать') || w.endsWith('ять')), AT_ENDINGS, 2),
  ovat: inflect(OVAT_VERBS, OVAT_ENDINGS, 5),
};
const NOUNS = [...FAMILIES.masculine, ...FAMILIES.ia, ...FAMILIES.a];
const VERBS = [...FAMILIES.at, ...FAMILIES.ovat];
const nounForm = () => pick(pick(NOUNS).forms);
const verbForm = () => pick(pick(VERBS).forms);
const adjectiveForm = () => pick(pick(FAMILIES.adjective).forms);

/**
 * Rarer words, as a real 1,000-page site has them (product names, terms, derived words): real roots with
 * prefixes and suffixes, inflected. They make the vocabulary (and so the typo search over it) realistically large.
 */
function rareWords(count) {
  const roots = [...new Set([...NOUNS, ...VERBS, ...FAMILIES.adjective].map(({lemma}) => lemma.replace(/(ия|ый|ать|ять|овать|а|я)$/, '')))]
    .filter((root) => root.length >= 3);
  const prefixes = ['', '', '', 'пере', 'под', 'за', 'вы', 'рас', 'об', 'при', 'пред', 'недо', 'само', 'авто', 'микро', 'мульти', 'контр', 'пост', 'интер'];
  /** Suffix and the endings it takes. */
  const suffixes = [
    ['ность', ['', 'и', 'ью', 'ям', 'ями']],
    ['тель', ['', 'я', 'ю', 'ем', 'и', 'ей', 'ям']],
    ['ство', ['', 'а', 'у', 'ом', 'е']],
    ['ение', ['', 'ия', 'ию', 'ием', 'ии', 'ий']],
    ['ист', ['', 'а', 'у', 'ом', 'ы', 'ов']],
    ['ник', ['', 'а', 'у', 'ом', 'и', 'ов']],
    ['овка', ['', 'и', 'е', 'у', 'ой']],
    ['щик', ['', 'а', 'и', 'ов', 'ам']],
    ['ный', ['', 'ая', 'ого', 'ые', 'ыми', 'ому']],
    ['ский', ['', 'ая', 'ого', 'ие', 'ими']],
    ['ир', ['овать', 'ует', 'уют', 'овал', 'овали']],
  ];
  const out = new Set();
  let guard = 0;
  while (out.size < count && guard++ < count * 20) {
    const [suffix, endings] = pick(suffixes);
    const ending = pick(endings);
    // An ending replaces the dictionary ending of the suffix: «ный» + «ая» → «ная».
    const base = ending === '' ? suffix : suffix.replace(/(ь|о|ие|а|ый|ий|ать)$/, '');
    const compound = chance(0.2) ? `${pick(roots)}о` : ''; // «клиентоориентированность»
    out.add(compound + pick(prefixes) + pick(roots) + base + ending);
  }
  return [...out];
}

function corpus(count) {
  random = mulberry32(SEED);
  const sentences = siteSentences(path.join(ROOT, 'docs'));
  if (sentences.length < 20) throw new Error(`Only ${sentences.length} sentences found in docs/: is the site there?`);
  const pool = rareWords(Math.max(2000, count * 18));
  const used = new Set();
  const rareWord = () => {
    const word = pickSkewed(pool);
    used.add(word);
    return word;
  };

  const generatedSentence = () => {
    const parts = [capitalise(adjectiveForm()), nounForm(), verbForm(), nounForm()];
    if (chance(0.7)) parts.push(pick(PREPOSITIONS), adjectiveForm(), nounForm());
    if (chance(0.5)) parts.push(rareWord());
    if (chance(0.3)) parts.push(pick(LATIN));
    if (chance(0.2)) parts.push(String(pick([int(2, 99), int(100, 9999), int(2015, 2027)])));
    if (chance(0.4)) parts.push(`, ${pick(CONJUNCTIONS)}`, nounForm(), verbForm(), chance(0.5) ? rareWord() : adjectiveForm());
    return `${parts.join(' ').replace(/ ,/g, ',')}${pick(['.', '.', '.', '!', '?'])}`;
  };
  /** A sentence of the real pages with a few words replaced, so the same sentence is not indexed a thousand times. */
  const variedDocSentence = () => {
    const words = pick(sentences).split(' ');
    for (let n = int(1, 3); n > 0; n--) {
      const i = int(0, words.length - 1);
      if (/^[а-яё]{5,}[,.]?$/i.test(words[i])) words[i] = words[i].replace(/[а-яё]+/i, chance(0.5) ? nounForm() : rareWord());
    }
    return words.join(' ');
  };
  const sentence = () => (chance(0.45) ? variedDocSentence() : generatedSentence());
  const paragraph = () => Array.from({length: int(2, 4)}, sentence).join(' ');

  const pages = [];
  for (let i = 1; i <= count; i++) {
    const noun = pick(NOUNS);
    const adjective = pick(FAMILIES.adjective);
    const label = `${capitalise(adjective.forms[0])} ${noun.lemma}`;
    const title = `${label}: ${pick(pick(NOUNS).forms)} и ${pick(pick(NOUNS).forms)}`;
    const lines = [
      '---',
      `title: ${JSON.stringify(title)}`,
      `sidebar_label: ${JSON.stringify(label)}`,
      `description: ${JSON.stringify(sentence().slice(0, 160))}`,
      "last_checked: '2026-11-25'",
      'image: /og/index.png',
      '---',
      '',
      paragraph(),
      '',
    ];
    const sections = int(4, 6);
    for (let h = 1; h <= sections; h++) {
      const heading = [capitalise(nounForm()), chance(0.5) ? adjectiveForm() : rareWord(), chance(0.4) ? nounForm() : '']
        .filter(Boolean)
        .join(' ');
      lines.push(`## ${heading} {/* #h-${h} */}`, '');
      for (let p = int(1, 3); p > 0; p--) lines.push(paragraph(), '');
      if (h === 2 && i % 4 === 0) {
        lines.push(`<Callout type="${pick(['info', 'tip', 'warning'])}" id="note-${h}" title=${JSON.stringify(capitalise(`${adjectiveForm()} ${nounForm()}`))}>`);
        lines.push(`  ${paragraph()}`, '</Callout>', '');
      }
    }
    pages.push({id: `bench/p${String(i).padStart(4, '0')}`, file: `p${String(i).padStart(4, '0')}.mdx`, text: lines.join('\n')});
  }
  return {pages, sentences, rare: [...used]};
}

/** MDX-safe: no braces, angle brackets or markdown syntax can come from the generated text. */
function assertSafe(page) {
  const body = page.text.split('\n---\n')[1] ?? '';
  const stray = body
    .replace(/\{\/\* #h-\d+ \*\/\}/g, '')
    .replace(/^<Callout type="\w+" id="note-\d+" title="[^"<>{}]*">$/gm, '')
    .replace(/^<\/Callout>$/gm, '');
  if (/[{}<>[\]`*_|\\]/.test(stray)) throw new Error(`${page.file}: generated text has MDX syntax: ${/.{0,40}[{}<>[\]`*_|\\].{0,40}/.exec(stray)?.[0]}`);
}

// ---------------------------------------------------------------------------------------------------------------
// The site copy.

function copySite(dir, pages) {
  for (const part of readdirSync(ROOT)) {
    if (!NOT_COPIED.has(part)) cpSync(path.join(ROOT, part), path.join(dir, part), {recursive: true});
  }
  symlinkSync(path.join(ROOT, 'node_modules'), path.join(dir, 'node_modules'), 'dir');

  const benchDir = path.join(dir, 'docs/bench');
  mkdirSync(benchDir, {recursive: true});
  for (const page of pages) {
    assertSafe(page);
    writeFileSync(path.join(benchDir, page.file), page.text);
  }

  // The original sidebars stay as they are; the new sidebars.ts adds a collapsed category of the bench pages
  // (in groups of 50, as a real large sidebar would be) to the first sidebar.
  const sidebarFile = ['sidebars.ts', 'sidebars.js'].find((f) => existsSync(path.join(dir, f)));
  if (!sidebarFile) throw new Error('No sidebars.ts in the site: the bench does not know where to add the pages.');
  const original = `sidebars-original${path.extname(sidebarFile)}`;
  cpSync(path.join(dir, sidebarFile), path.join(dir, original));
  const groups = [];
  for (let i = 0; i < pages.length; i += 50) {
    groups.push({type: 'category', label: `Группа ${groups.length + 1}`, collapsed: true, items: pages.slice(i, i + 50).map((p) => p.id)});
  }
  const bench = {type: 'category', label: 'Тестовый корпус', collapsed: true, items: groups};
  writeFileSync(
    path.join(dir, sidebarFile),
    `import original from './${original.replace(/\.[jt]s$/, '')}';\n` +
      `const bench = ${JSON.stringify(bench)};\n` +
      'const [first] = Object.keys(original);\n' +
      "if (!first || !Array.isArray(original[first])) throw new Error('bench: the first sidebar is not a list of items');\n" +
      'export default {...original, [first]: [...original[first], bench]};\n',
  );
  // published-links.json is copied unchanged: short links are checked against it, new pages need not be in it.
  if (!existsSync(path.join(dir, 'published-links.json'))) throw new Error('published-links.json was not copied');
}

function runLogged(command, args, {cwd, logFile, env}) {
  return new Promise((resolve, reject) => {
    const out = createWriteStream(logFile);
    const child = spawn(command, args, {cwd, env, stdio: ['ignore', 'pipe', 'pipe']});
    child.stdout.pipe(out, {end: false});
    child.stderr.pipe(out, {end: false});
    child.on('error', reject);
    child.on('close', (code) => out.end(() => resolve(code)));
  });
}

const tail = (file, lines = 60) => readFileSync(file, 'utf8').split('\n').slice(-lines).join('\n');

async function waitForServer(url, timeoutMs = 60_000) {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (state.server?.exitCode !== null && state.server?.exitCode !== undefined) throw new Error(`the server exited with code ${state.server.exitCode}`);
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`the server did not answer at ${url} within ${timeoutMs / 1000}s`);
}

// ---------------------------------------------------------------------------------------------------------------
// Queries: the quality table plus generated ones, in categories.

function typo(word) {
  const letters = 'абвгдежзийклмнопрстуфхцчшщыьэюя';
  const i = int(1, word.length - 2);
  switch (int(0, 3)) {
    case 0:
      return word.slice(0, i) + word.slice(i + 1); // a letter left out
    case 1:
      return word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2); // two letters swapped
    case 2:
      return word.slice(0, i) + pick([...letters]) + word.slice(i + 1); // a wrong letter
    default:
      return word.slice(0, i) + word[i] + word.slice(i); // a letter doubled
  }
}

function buildQueries({cases, sentences, rare, switchLayout, cyrillicToLatin}) {
  const queries = cases.map(({query, category}) => ({query, category: `table: ${category}`}));
  const add = (category, count, make) => {
    const seen = new Set(queries.map((q) => q.query));
    for (let guard = 0, n = 0; n < count && guard < count * 50; guard++) {
      const query = make();
      if (!query || seen.has(query)) continue;
      seen.add(query);
      queries.push({query, category});
      n++;
    }
  };
  const allFamilies = [...NOUNS, ...VERBS, ...FAMILIES.adjective];
  const docWords = [...new Set(sentences.join(' ').toLowerCase().match(/[а-яё]{5,}/g) ?? [])];
  add('word', 30, () => pick(allFamilies).lemma);
  add('word (from the pages)', 15, () => pick(docWords));
  add('inflected', 35, () => pick(pick(allFamilies).forms.slice(1)));
  add('typo', 35, () => {
    const word = pick([...pick(allFamilies).forms, pick(docWords)]);
    return word.length >= 6 ? typo(word) : undefined;
  });
  add('wrong layout', 20, () => switchLayout(pick(pick(allFamilies).forms)));
  add('translit', 15, () => cyrillicToLatin(pick(pick(allFamilies).forms)));
  add('phrase', 25, () => {
    const words = pick(sentences).toLowerCase().match(/[а-яёa-z0-9]+/g) ?? [];
    const start = int(0, Math.max(0, words.length - 3));
    return words.slice(start, start + int(2, 4)).join(' ');
  });
  add('prefix (still typing)', 15, () => {
    const word = pick(pick(allFamilies).forms);
    return word.length >= 6 ? word.slice(0, int(3, word.length - 2)) : undefined;
  });
  add('rare word', 10, () => pick(rare));
  add('no match (long, unknown)', 10, () => {
    const syllables = ['кра', 'бзу', 'тло', 'мэф', 'гир', 'шон', 'вюк', 'дре', 'пфа', 'зых'];
    return Array.from({length: int(3, 5)}, () => pick(syllables)).join('') + (chance(0.5) ? ` ${Array.from({length: 3}, () => pick(syllables)).join('')}` : '');
  });
  return queries;
}

// ---------------------------------------------------------------------------------------------------------------
// Numbers.

function stats(values) {
  const sorted = values.filter((v) => typeof v === 'number' && Number.isFinite(v)).sort((a, b) => a - b);
  if (sorted.length === 0) return {n: 0, median: NaN, p95: NaN, max: NaN, mean: NaN};
  const at = (q) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)];
  const median = sorted.length % 2 ? sorted[(sorted.length - 1) / 2] : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
  return {n: sorted.length, median, p95: at(0.95), max: sorted.at(-1), mean: sorted.reduce((a, b) => a + b, 0) / sorted.length};
}
const ms = (value) => (Number.isFinite(value) ? `${value.toFixed(1)} ms` : 'n/a');
const kb = (bytes) => (bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(2)} MB` : `${(bytes / 1024).toFixed(1)} KB`);
const bytesAndKb = (bytes) => `${bytes.toLocaleString('en-US')} B (${kb(bytes)})`;
const gzipSize = (buffer) => gzipSync(buffer, {level: 9}).length;
const mdCell = (text) => String(text).replace(/\|/g, '\\|');

// ---------------------------------------------------------------------------------------------------------------
// The browser part.

async function browserBench({baseUrl, buildDir, queries, probes}) {
  state.browser = await chromium.launch({executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS});
  const browserVersion = state.browser.version();
  const context = await state.browser.newContext({viewport: {width: 1280, height: 800}});
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));

  await page.goto(`${baseUrl}/`, {waitUntil: 'networkidle'});
  // Scripts requested between the first focus and the first results: the engine chunks. (Docusaurus also
  // prefetches route chunks of visible links with <link rel=prefetch>; those are not scripts and are left out.)
  let requested;
  page.on('request', (request) => requested?.push({url: request.url(), type: request.resourceType()}));

  // First use: focus, type a query while nothing is loaded, wait for the first result.
  await page.waitForSelector(INPUT);
  // React must have hydrated the box, or the focus would not start loading the index.
  await page.waitForFunction((selector) => {
    const input = document.querySelector(selector);
    return !!input && Object.keys(input).some((key) => key.startsWith('__reactProps'));
  }, INPUT, {timeout: 60_000});
  requested = [];
  const firstUse = await page.evaluate(
    async ({selector, query}) => {
      const input = document.querySelector(selector);
      const form = input.closest('form');
      const setValue = (value) => {
        Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set.call(input, value);
        input.dispatchEvent(new Event('input', {bubbles: true}));
      };
      performance.setResourceTimingBufferSize(10_000);
      const longTasks = [];
      const longTaskObserver = new PerformanceObserver((list) => longTasks.push(...list.getEntries().map((e) => e.duration)));
      longTaskObserver.observe({type: 'longtask'});
      const t0 = performance.now();
      input.focus();
      setValue(query);
      const ok = await new Promise((resolve) => {
        const done = () => form.querySelector('[role="listbox"]')?.getAttribute('data-query') === query && form.querySelector('[role="option"]');
        if (done()) return resolve(true);
        const observer = new MutationObserver(() => {
          if (done()) {
            observer.disconnect();
            resolve(true);
          }
        });
        observer.observe(form, {subtree: true, childList: true, attributes: true});
        setTimeout(() => {
          observer.disconnect();
          resolve(false);
        }, 120_000);
      });
      const t1 = performance.now();
      await new Promise((r) => setTimeout(r, 50)); // long-task entries arrive after the task
      longTaskObserver.disconnect();
      const entry = performance.getEntriesByType('resource').find((e) => e.name.includes('search-index.json'));
      return {
        ok,
        ms: t1 - t0,
        indexFetchedMs: entry ? entry.responseEnd - t0 : NaN,
        fetched: performance
          .getEntriesByType('resource')
          .filter((e) => e.startTime >= t0 && e.startTime <= t1)
          .map((e) => new URL(e.name).pathname),
        results: form.querySelectorAll('[role="listbox"] [role="option"]').length,
        status: form.querySelector('[aria-live]')?.textContent ?? '',
        longestTaskMs: longTasks.length ? Math.max(...longTasks) : 0,
      };
    },
    {selector: INPUT, query: 'ватсап'},
  );
  if (!firstUse.ok) {
    throw new Error(
      `no results for the warm-up query «ватсап» within 120 s of the first focus; status: «${firstUse.status}»; ` +
        `requests: ${requested.map((r) => new URL(r.url).pathname).join(', ') || 'none'}; page errors: ${errors.join('; ') || 'none'}`,
    );
  }

  const loadedOnFirstUse = [...new Set(requested.filter((r) => r.type === 'script').map((r) => new URL(r.url).pathname))];
  requested = undefined;
  const fileSize = (p) => {
    const file = path.join(buildDir, decodeURIComponent(p));
    const buffer = existsSync(file) ? readFileSync(file) : Buffer.alloc(0);
    return {file: p, bytes: buffer.length, gzip: gzipSize(buffer)};
  };
  const engineChunks = loadedOnFirstUse.filter((p) => p.endsWith('.js')).map(fileSize);
  // Everything the first query fetched (engine chunks, the base, shards), as gzip -9 would send it.
  firstUse.files = [...new Set(firstUse.fetched)].map(fileSize);

  // Keystroke to results: one page.evaluate per query; the box is cleared first, so the DOM always changes.
  const measure = (query) =>
    page.evaluate(
      async ({selector, query}) => {
        const input = document.querySelector(selector);
        const list = input.closest('form').querySelector('[role="listbox"]');
        const panel = list.parentElement;
        const setValue = (value) => {
          Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set.call(input, value);
          input.dispatchEvent(new Event('input', {bubbles: true}));
        };
        if (document.activeElement !== input) input.focus();
        setValue('');
        await new Promise((r) => setTimeout(r, 0));
        return new Promise((resolve) => {
          let t0 = 0;
          // Done when the list answers this query (it may keep the previous results while shards arrive).
          const observer = new MutationObserver(() => {
            if (list.getAttribute('data-query') !== query) return;
            const dom = performance.now() - t0;
            observer.disconnect();
            void panel.getBoundingClientRect(); // style and layout of the new results, still without waiting for a frame
            const layout = performance.now() - t0;
            const options = panel.querySelectorAll('[role="option"]');
            resolve({dom, layout, results: options.length, first: options[0]?.getAttribute('data-url') ?? null});
          });
          observer.observe(panel, {subtree: true, childList: true, characterData: true, attributes: true});
          setTimeout(() => {
            observer.disconnect();
            resolve({dom: null, layout: null, results: 0, first: null, timeout: true});
          }, 10_000);
          t0 = performance.now();
          setValue(query);
        });
      },
      {selector: INPUT, query},
    );

  for (const query of ['каталог', 'интеграцыя', 'ватсап бизнес', 'rfnfkju', 'шаблонов']) await measure(query); // JIT warm-up
  const measured = [];
  const loadBefore = os.loadavg()[0];
  for (let round = 1; round <= ROUNDS; round++) {
    for (const {query, category} of queries) measured.push({query, category, round, ...(await measure(query))});
  }
  const loadAfter = os.loadavg()[0];
  const probeResults = [];
  for (const probe of probes) {
    const runs = [];
    for (let i = 0; i < 3; i++) runs.push((await measure(probe.query)).dom);
    probeResults.push({...probe, ms: stats(runs).median});
  }

  // One more pass over the queries under the V8 sampling profiler (not in the timings): where the CPU time goes.
  // All queries in one page.evaluate, without forcing layout, so the profile holds little but the search.
  const cdp = await context.newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', {interval: 100});
  await cdp.send('Profiler.start');
  await page.evaluate(
    async ({selector, queries}) => {
      const input = document.querySelector(selector);
      const list = input.closest('form').querySelector('[role="listbox"]');
      const panel = list.parentElement;
      const setValue = (value) => {
        Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set.call(input, value);
        input.dispatchEvent(new Event('input', {bubbles: true}));
      };
      for (const query of queries) {
        setValue('');
        await new Promise((r) => setTimeout(r, 0));
        await new Promise((resolve) => {
          const observer = new MutationObserver(() => {
            if (list.getAttribute('data-query') !== query) return;
            observer.disconnect();
            resolve();
          });
          observer.observe(panel, {subtree: true, childList: true, characterData: true, attributes: true});
          setTimeout(resolve, 10_000);
          setValue(query);
        });
      }
    },
    {selector: INPUT, queries: queries.map((q) => q.query)},
  );
  const {profile} = await cdp.send('Profiler.stop');
  const cpu = summariseProfile(profile, {buildDir, engineChunks});
  await context.close();
  return {browserVersion, firstUse, engineChunks, measured, errors, load: [loadBefore, loadAfter], probes: probeResults, cpu};
}

/** Self time of a V8 CPU profile, by script (search engine, main bundle…) and by function. */
function summariseProfile(profile, {buildDir, engineChunks}) {
  const self = new Map();
  profile.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000));
  const sources = new Map();
  const source = (file) => {
    if (!sources.has(file)) {
      const full = path.join(buildDir, file);
      sources.set(file, existsSync(full) ? readFileSync(full, 'utf8').split('\n') : []);
    }
    return sources.get(file);
  };
  const byScript = new Map();
  const byFunction = new Map();
  let total = 0;
  for (const node of profile.nodes) {
    const time = self.get(node.id) ?? 0;
    if (!time) continue;
    const {url, functionName, lineNumber, columnNumber} = node.callFrame;
    if (functionName === '(idle)') continue;
    total += time;
    const file = url ? new URL(url).pathname : '';
    const chunk = engineChunks.find((c) => c.file === file);
    const script = chunk
      ? `search engine chunk: normalise, stemmer, scoring, snippets (${path.basename(file)})`
      : /\/main\.[0-9a-f]+\.js$/.test(file)
        ? 'main bundle: React, the search box component'
        : file
          ? `other script (${path.basename(file)})`
          : functionName === '(program)'
            ? '(program): browser work outside JS (style, layout, paint, tasks)'
            : functionName === '(garbage collector)'
              ? '(garbage collector)'
              : 'DOM and other native calls';
    byScript.set(script, (byScript.get(script) ?? 0) + time);
    if (file) {
      const line = source(file)[lineNumber] ?? '';
      const key = `${path.basename(file)}:${lineNumber + 1}:${columnNumber + 1}`;
      const entry = byFunction.get(key) ?? {key, script, name: functionName || '(anonymous)', excerpt: line.slice(columnNumber, columnNumber + 70), time: 0};
      entry.time += time;
      byFunction.set(key, entry);
    } else {
      const key = functionName || '(anonymous native)';
      const entry = byFunction.get(key) ?? {key, script, name: key, excerpt: '', time: 0};
      entry.time += time;
      byFunction.set(key, entry);
    }
  }
  return {
    total,
    byScript: [...byScript].map(([script, time]) => ({script, time})).sort((a, b) => b.time - a.time),
    byFunction: [...byFunction.values()].sort((a, b) => b.time - a.time).slice(0, 10),
  };
}

// ---------------------------------------------------------------------------------------------------------------
// The Node part: the same queries against the same index, split into normalisation and the rest.

async function nodeBreakdown({buildDir, queries, probes}) {
  const {openBuiltSearch} = await tsImport(pathToFileURL(path.join(ROOT, 'plugins/local-search/open-index.ts')).href, import.meta.url);
  const normalize = await tsImport(pathToFileURL(path.join(ROOT, 'src/search/normalize.ts')).href, import.meta.url);
  const t0 = performance.now();
  const search = openBuiltSearch(buildDir);
  const buildMs = performance.now() - t0;
  const rows = [];
  const time = async (fn, runs = 5) => {
    const times = [];
    for (let i = 0; i < runs; i++) {
      const start = performance.now();
      await fn();
      times.push(performance.now() - start);
    }
    return stats(times).median;
  };
  for (const {query} of queries) await search.search(query, 8); // warm-up: every shard read once
  for (const {query, category} of queries) {
    const normalised = normalize.normaliseQuery(query, search.known);
    rows.push({
      query,
      category,
      terms: normalised.terms.join(' '),
      normaliseMs: await time(() => normalize.normaliseQuery(query, search.known)),
      searchMs: await time(() => search.search(query, 8)),
    });
  }
  const probeRows = [];
  for (const probe of probes) {
    probeRows.push({
      ...probe,
      normaliseMs: await time(() => normalize.normaliseQuery(probe.query, search.known)),
      searchMs: await time(() => search.search(probe.query, 8)),
    });
  }
  return {buildMs, known: search.known.size, rows, probes: probeRows};
}

// ---------------------------------------------------------------------------------------------------------------

async function benchSize(count) {
  const normalize = await tsImport(pathToFileURL(path.join(ROOT, 'src/search/normalize.ts')).href, import.meta.url);
  const {SEARCH_CASES} = await tsImport(pathToFileURL(path.join(ROOT, 'tests/search/queries.ts')).href, import.meta.url);
  const {KINDS} = await tsImport(pathToFileURL(path.join(ROOT, 'src/search/index-format.ts')).href, import.meta.url);

  const sizeStarted = Date.now();
  log(`generating ${count} pages…`);
  const {pages, sentences, rare} = corpus(count);
  const queries = buildQueries({cases: SEARCH_CASES, sentences, rare, switchLayout: normalize.switchLayout, cyrillicToLatin: normalize.cyrillicToLatin});
  if (queries.length < 200) throw new Error(`only ${queries.length} queries`);
  // Worst cases, outside the statistics: every word unknown, so each goes through the typo correction.
  const unknown = (n) => Array.from({length: n}, (_, i) => `${['кра', 'бзу', 'тло', 'мэф', 'гир', 'шон'][i % 6]}зыхвюкдрепфа${'абвгдежзик'[i % 10]}`);
  const probes = [
    {label: 'one unknown word of 15 letters', query: unknown(1).join(' ')},
    {label: '3 unknown words', query: unknown(3).join(' ')},
    {label: '12 unknown words (the most a query keeps)', query: unknown(12).join(' ')},
  ];

  const git = gitState(); // the state of the code when it is copied
  state.tmp = mkdtempSync(path.join(os.tmpdir(), 'search-bench-'));
  const site = path.join(state.tmp, 'site');
  mkdirSync(site);
  copySite(site, pages);
  const mdxBytes = pages.reduce((sum, p) => sum + Buffer.byteLength(p.text), 0);
  log(`site copied to ${site} with ${pages.length} pages under docs/bench/ (${kb(mdxBytes)} of MDX)`);

  log('building (docusaurus build, no persistent cache)…');
  const buildLog = path.join(state.tmp, 'build.log');
  const buildStart = Date.now();
  const code = await runLogged(path.join(site, 'node_modules/.bin/docusaurus'), ['build'], {
    cwd: site,
    logFile: buildLog,
    env: {...process.env, FORCE_COLOR: '0', NO_COLOR: '1', DOCUSAURUS_NO_PERSISTENT_CACHE: '1'},
  });
  const buildSeconds = (Date.now() - buildStart) / 1000;
  if (code !== 0) throw new Error(`docusaurus build failed (exit code ${code}) after ${buildSeconds.toFixed(0)}s:\n${tail(buildLog)}`);
  const buildWarnings = (readFileSync(buildLog, 'utf8').match(/\[WARNING\]/g) ?? []).length;
  log(`built in ${buildSeconds.toFixed(1)} s${buildWarnings ? ` (${buildWarnings} warnings)` : ''}`);

  const buildDir = path.join(site, 'build');
  const indexBuffer = readFileSync(path.join(buildDir, 'search-index.json'));
  const index = JSON.parse(indexBuffer.toString('utf8'));
  const kinds = {};
  for (const [kind] of index.documents) kinds[KINDS[kind]] = (kinds[KINDS[kind]] ?? 0) + 1;
  const indexGzip = gzipSize(indexBuffer);
  const shardFiles = readdirSync(path.join(buildDir, 'assets/search')).filter((f) => f.endsWith('.json'));
  const shardBuffers = shardFiles.map((f) => readFileSync(path.join(buildDir, 'assets/search', f)));
  const shards = {
    count: shardFiles.length,
    terms: index.termShards.length,
    docs: index.docShards.length,
    bytes: shardBuffers.reduce((sum, b) => sum + b.length, 0),
    gzip: shardBuffers.reduce((sum, b) => sum + gzipSize(b), 0),
  };
  log(`index: base ${bytesAndKb(indexBuffer.length)} (gzip ${kb(indexGzip)}), ${shards.count} shards ${kb(shards.bytes)} (gzip ${kb(shards.gzip)}), ${index.documentCount} documents`);

  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const serverLog = createWriteStream(path.join(state.tmp, 'serve.log'));
  state.server = spawn(path.join(site, 'node_modules/.bin/docusaurus'), ['serve', '--no-open', '--host', '127.0.0.1', '--port', String(port)], {
    cwd: site,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: {...process.env, FORCE_COLOR: '0', NO_COLOR: '1'},
  });
  state.server.stdout.pipe(serverLog);
  state.server.stderr.pipe(serverLog);
  await waitForServer(`${baseUrl}/`);
  log(`serving at ${baseUrl}; measuring ${queries.length} queries in Chromium…`);

  const browser = await browserBench({baseUrl, buildDir, queries, probes});
  await state.browser.close();
  state.browser = undefined;
  killServer();

  log('repeating the queries in Node for the breakdown…');
  const node = await nodeBreakdown({buildDir, queries, probes});
  removeTmp();
  const ownPages = readdirSync(path.join(ROOT, 'docs')).filter((f) => /\.mdx?$/.test(f)).length;
  const seconds = (Date.now() - sizeStarted) / 1000;
  return {git, ownPages, pages, mdxBytes, queries, probes, buildSeconds, buildWarnings, indexBuffer, indexGzip, index, kinds, shards, browser, node, seconds};
}

async function main() {
  const results = [];
  for (const count of PAGE_COUNTS) results.push(await benchSize(count));
  return results;
}

function gitState() {
  const git = (...args) => spawnSync('git', args, {cwd: ROOT, encoding: 'utf8'}).stdout?.trimEnd() ?? '';
  const commit = git('rev-parse', '--short', 'HEAD').trim() || 'unknown';
  const dirty = git('status', '--porcelain', '--', 'src', 'plugins', 'docs', 'docusaurus.config.ts', 'sidebars.ts')
    .split('\n')
    .filter(Boolean)
    .map((line) => line.slice(3));
  return dirty.length ? `${commit} + uncommitted changes in ${dirty.map((f) => `\`${f}\``).join(', ')}` : `${commit} (clean)`;
}

/** The median of each query's rounds: what a query costs without one-off stalls (GC, other processes). */
function perQueryMedians(measured) {
  const byQuery = new Map();
  for (const m of measured) byQuery.set(m.query, [...(byQuery.get(m.query) ?? []), m.dom]);
  return [...byQuery.values()].map((values) => stats(values).median);
}

/** The first query of one size: time, longest task and bytes, against issue 16's targets. */
function firstQuery(r) {
  const {firstUse} = r.browser;
  const gzip = firstUse.files.reduce((sum, f) => sum + f.gzip, 0);
  const raw = firstUse.files.reduce((sum, f) => sum + f.bytes, 0);
  const dom = stats(r.browser.measured.map((m) => m.dom));
  return {ms: firstUse.ms, longest: firstUse.longestTaskMs, gzip, raw, files: firstUse.files, p95: dom.p95};
}

function report(results) {
  const cpus = os.cpus();
  const verdict = (ok) => (ok ? 'met' : '**not met**');
  const largest = results.at(-1);
  const f = firstQuery(largest);
  const targetsMet =
    f.ms <= TARGET_FIRST_RESULTS_MS && f.longest <= TARGET_LONGEST_TASK_MS && f.gzip <= TARGET_FIRST_QUERY_GZIP && f.p95 <= TARGET_P95_MS;
  return [
    `# Search benchmark: ${results.map((r) => r.pages.length.toLocaleString('en-US')).join(' and ')} generated pages`,
    '',
    `Generated by \`${COMMAND}\` (scripts/bench-search.mjs) on ${new Date().toISOString().replace('T', ' ').slice(0, 16)} UTC, code ${largest.git}.`,
    `Machine: ${cpus[0]?.model ?? 'unknown'} (${cpus.length} logical CPUs), ${os.type()} ${os.release()}, Node ${process.version}, Chromium ${largest.browser.browserVersion} (headless, 1280×800, localhost: no network latency).`,
    '',
    `**Targets at ${largest.pages.length.toLocaleString('en-US')} pages (issue 16): ${targetsMet ? 'all met' : 'NOT all met'}.**`,
    '',
    '| Pages | First query: first keystroke → results | Longest main-thread task meanwhile | Fetched for the first query (gzip -9) | Keystroke → results p95 | Load average before / after |',
    '|---|---|---|---|---|---|',
    ...results.map((r) => {
      const q = firstQuery(r);
      return `| ${r.pages.length.toLocaleString('en-US')} + ${r.ownPages} | ${ms(q.ms)} | ${ms(q.longest)} | ${bytesAndKb(q.gzip)} in ${q.files.length} files | ${ms(q.p95)} | ${r.browser.load.map((l) => l.toFixed(1)).join(' / ')} |`;
    }),
    `| Target | ≤ ${TARGET_FIRST_RESULTS_MS} ms: ${verdict(f.ms <= TARGET_FIRST_RESULTS_MS)} | ≤ ${TARGET_LONGEST_TASK_MS} ms: ${verdict(f.longest <= TARGET_LONGEST_TASK_MS)} | ≤ 400 KB: ${verdict(f.gzip <= TARGET_FIRST_QUERY_GZIP)} | ≤ ${TARGET_P95_MS} ms: ${verdict(f.p95 <= TARGET_P95_MS)} | |`,
    '',
    'The first query is typed into a box focused at the same instant, with nothing of search loaded: the engine chunk,',
    'the base of the index and the shards the query needs are all fetched then. A long task is one of 50 ms or more',
    '(the browser reports nothing shorter), so 0 ms means none.',
    '',
    ...results.flatMap((r) => sizeReport(r)),
  ].join('\n');
}

function sizeReport(r) {
  const {browser, node} = r;
  const timedOut = browser.measured.filter((m) => m.timeout);
  const dom = stats(browser.measured.map((m) => m.dom));
  const typical = stats(perQueryMedians(browser.measured));
  const layout = stats(browser.measured.map((m) => m.layout));
  const normalise = stats(node.rows.map((row) => row.normaliseMs));
  const nodeSearch = stats(node.rows.map((row) => row.searchMs));
  const met = dom.p95 <= TARGET_P95_MS && timedOut.length === 0;
  const engineGzip = browser.engineChunks.reduce((sum, c) => sum + c.gzip, 0);
  const engineRaw = browser.engineChunks.reduce((sum, c) => sum + c.bytes, 0);
  const categories = [...new Set(r.queries.map((q) => q.category))];
  const nodeByQuery = new Map(node.rows.map((row) => [row.query, row]));
  const slowest = [...browser.measured].sort((a, b) => (b.dom ?? Infinity) - (a.dom ?? Infinity)).slice(0, 12);
  const benchSeconds = (Date.now() - started) / 1000;

  const first = firstQuery(r);
  const lines = [
    `## ${r.pages.length.toLocaleString('en-US')} generated pages`,
    '',
    `Keystroke-to-results p95 ≤ ${TARGET_P95_MS} ms: ${met ? 'met' : 'NOT met'} (p95 ${ms(dom.p95)}${timedOut.length ? `, ${timedOut.length} queries timed out` : ''}).`,
    `Load average (1 min) before / after the query runs: ${browser.load.map((l) => l.toFixed(1)).join(' / ')} on ${os.cpus().length} CPUs${browser.load[0] > os.cpus().length ? ' — other processes were busy: timings are noisier than on an idle machine' : ''}.`,
    '',
    '### Corpus and index',
    '',
    '| | |',
    '|---|---|',
    `| Corpus | the site's ${r.ownPages} own pages + ${r.pages.length} generated pages under docs/bench/ (${kb(r.mdxBytes)} of MDX, seed ${SEED}) |`,
    `| Documents in the index | ${r.index.documentCount.toLocaleString('en-US')} (${Object.entries(r.kinds).map(([k, n]) => `${k}: ${n}`).join(', ')}) |`,
    `| Distinct stems (the \`known\` set) | ${node.known.toLocaleString('en-US')} |`,
    `| search-index.json (the base: stems and ranking metadata) | ${bytesAndKb(r.indexBuffer.length)}; gzip -9: ${bytesAndKb(r.indexGzip)} |`,
    `| Shards under /assets/search/ | ${r.shards.count} (${r.shards.terms} of terms, ${r.shards.docs} of documents): ${bytesAndKb(r.shards.bytes)}; gzip -9: ${bytesAndKb(r.shards.gzip)} |`,
    `| Engine chunk(s) loaded on first use | ${browser.engineChunks.map((c) => `\`${c.file}\` ${kb(c.bytes)} → gzip ${kb(c.gzip)}`).join('; ') || 'none seen'} |`,
    `| Engine chunk(s), gzip total | ${bytesAndKb(engineGzip)} (raw ${kb(engineRaw)}) |`,
    `| Build time (\`docusaurus build\`, cold, no persistent cache) | ${r.buildSeconds.toFixed(1)} s${r.buildWarnings ? ` (${r.buildWarnings} warnings)` : ''} |`,
    '',
    '### Timings in the browser',
    '',
    '| | |',
    '|---|---|',
    `| First query: first keystroke → results (engine chunk + base + the shards it needs + the search) | ${ms(first.ms)} (base downloaded after ${ms(browser.firstUse.indexFetchedMs)}) |`,
    `| Longest main-thread task meanwhile | ${ms(first.longest)} |`,
    `| Fetched for the first query, gzip -9 | ${bytesAndKb(first.gzip)} (raw ${kb(first.raw)}): ${first.files.map((file) => `\`${path.basename(file.file)}\` ${kb(file.gzip)}`).join(', ')} |`,
    `| Queries | ${r.queries.length} distinct, ${ROUNDS} round(s): ${browser.measured.length} measurements (after 5 warm-up queries) |`,
    `| Keystroke → results in the DOM: median | **${ms(dom.median)}** |`,
    `| Keystroke → results in the DOM: p95 | **${ms(dom.p95)}** |`,
    `| Keystroke → results in the DOM: max / mean | ${ms(dom.max)} / ${ms(dom.mean)} |`,
    `| … including style and layout of the results: median / p95 | ${ms(layout.median)} / ${ms(layout.p95)} |`,
    `| Per-query median over the rounds: median / p95 | ${ms(typical.median)} / ${ms(typical.p95)} |`,
    '',
    'Measured in the page: the native value setter and an `input` event on the navbar box, then `performance.now()` in a',
    'MutationObserver on the results panel (list + status). The box is cleared before each query, so the DOM always changes.',
    'Paint is not included; "including style and layout" forces layout in the observer callback.',
    '',
    '#### By query category',
    '',
    '| Category | Queries | Median | p95 | Max | Node: normalise median / p95 | Node: whole search median / p95 |',
    '|---|---|---|---|---|---|---|',
    ...categories.map((category) => {
      const b = stats(browser.measured.filter((m) => m.category === category).map((m) => m.dom));
      const rows = node.rows.filter((row) => row.category === category);
      const n = stats(rows.map((row) => row.normaliseMs));
      const s = stats(rows.map((row) => row.searchMs));
      return `| ${category} | ${b.n} | ${ms(b.median)} | ${ms(b.p95)} | ${ms(b.max)} | ${ms(n.median)} / ${ms(n.p95)} | ${ms(s.median)} / ${ms(s.p95)} |`;
    }),
    '',
    '#### Slowest queries',
    '',
    '| Query | Category | Round | Browser | Same query, other rounds | Node: normalise | Node: whole search | Terms searched | Results |',
    '|---|---|---|---|---|---|---|---|---|',
    ...slowest.map((m) => {
      const row = nodeByQuery.get(m.query);
      const others = browser.measured.filter((o) => o.query === m.query && o.round !== m.round).map((o) => ms(o.dom ?? NaN)).join(', ') || '—';
      return `| ${mdCell(m.query)} | ${m.category} | ${m.round} | ${ms(m.dom ?? NaN)} | ${others} | ${ms(row?.normaliseMs ?? NaN)} | ${ms(row?.searchMs ?? NaN)} | ${mdCell(row?.terms || '—')} | ${m.results} |`;
    }),
    '',
    '#### Where the CPU time goes in the browser',
    '',
    `One more pass over the ${r.queries.length} queries under the V8 sampling profiler (0.1 ms interval; not in the timings above),`,
    'all in one `page.evaluate`, the box cleared before each query as in the timed runs (so the clearing render is in it too):',
    `${ms(browser.cpu.total)} of CPU time on the main thread, idle time left out.`,
    '',
    '| Script | Self time | Share |',
    '|---|---|---|',
    ...browser.cpu.byScript.map((row) => `| ${row.script} | ${ms(row.time)} | ${((100 * row.time) / browser.cpu.total).toFixed(1)}% |`),
    '',
    'Top functions by self time (minified; the excerpt is the code at the function\'s position):',
    '',
    '| Function | Where | Self time | Code |',
    '|---|---|---|---|',
    ...browser.cpu.byFunction.map((f) => `| ${mdCell(f.name)} | ${mdCell(f.key)} | ${ms(f.time)} | ${f.excerpt ? `\`${mdCell(f.excerpt.replace(/`/g, "'"))}\`` : ''} |`),
    '',
    '#### Worst cases (not in the statistics above)',
    '',
    'Queries where no word is known, so every word goes through the one-letter typo correction over all known stems.',
    '',
    '| Query | Browser (median of 3) | Node: normalise | Node: whole search |',
    '|---|---|---|---|',
    ...browser.probes.map((probe, i) => `| ${probe.label} | ${ms(probe.ms ?? NaN)} | ${ms(node.probes[i]?.normaliseMs ?? NaN)} | ${ms(node.probes[i]?.searchMs ?? NaN)} |`),
    '',
    '### Breakdown in Node (same index, same queries, no browser)',
    '',
    '| | |',
    '|---|---|',
    `| Opening the index (reading and parsing the base) | ${ms(node.buildMs)} |`,
    `| \`normaliseQuery\`: median / p95 / max | ${ms(normalise.median)} / ${ms(normalise.p95)} / ${ms(normalise.max)} |`,
    `| \`SiteSearch.search\` (normalise + scoring + snippets; shards already read): median / p95 / max | ${ms(nodeSearch.median)} / ${ms(nodeSearch.p95)} / ${ms(nodeSearch.max)} |`,
    '',
    'Each query timed 5 times, median taken. The difference between the browser figure and "whole search" is fetching',
    'shards, React rendering and the DOM update (and V8 differences between Node and Chromium).',
    '',
    '### Run',
    '',
    `- Command: \`${COMMAND}\` (BENCH_PAGES=${PAGE_COUNTS.join(',')}, BENCH_ROUNDS=${ROUNDS})`,
    `- This size took ${(r.seconds / 60).toFixed(1)} min (its build ${r.buildSeconds.toFixed(0)} s); the whole bench ${(benchSeconds / 60).toFixed(1)} min.`,
    ...(browser.errors.length ? [`- Browser errors: ${browser.errors.slice(0, 5).map(mdCell).join('; ')}`] : ['- No browser errors.']),
    ...(timedOut.length ? [`- Timed out (no DOM change within 10 s): ${timedOut.map((m) => `«${mdCell(m.query)}»`).join(', ')}`] : []),
    '',
  ];
  return lines;
}

let exitCode = 0;
try {
  const results = await main();
  const markdown = report(results);
  mkdirSync(path.dirname(REPORT_FILE), {recursive: true});
  writeFileSync(REPORT_FILE, markdown);
  console.log(`\n${markdown}`);
  log(`report written to ${path.relative(ROOT, REPORT_FILE)}`);
} catch (error) {
  console.error(`\n[bench] failed: ${error instanceof Error ? error.stack ?? error.message : String(error)}`);
  exitCode = 1;
} finally {
  await cleanup();
}
process.exit(exitCode);
