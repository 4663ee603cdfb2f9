/**
 * /llms.txt in the llmstxt.org format (the site's name, a summary, then one line per page with its Markdown
 * link) and /llms-full.txt, every page's Markdown in reading order, for assistants that should quote the guide.
 */
export interface MarkdownPage {
  title: string;
  description: string;
  /** The page's absolute address, and its Markdown twin's. */
  url: string;
  markdownUrl: string;
  markdown: string;
}

export interface LlmsInput {
  title: string;
  tagline: string;
  /** Absolute address of the site's root, with a trailing slash. */
  site: string;
  pages: readonly MarkdownPage[];
}

const ABOUT =
  'Независимый справочник на русском языке: чем отличаются WhatsApp, приложение WhatsApp Business и WhatsApp Business Platform (Cloud API), что выбрать компании и как WhatsApp работает в России. У каждого факта есть источник и дата проверки; цены и лимиты — только по ссылкам на официальные страницы. Ссылки вида `страница#id` ведут на раздел, строку таблицы, врезку или готовый ответ и не меняются.';

export function llmsTxt({title, tagline, site, pages}: LlmsInput): string {
  const file = (name: string) => new URL(name, site).href;
  return [
    `# ${title}`,
    '',
    `> ${tagline}`,
    '',
    ABOUT,
    '',
    '## Страницы',
    '',
    ...pages.map((page) => `- [${page.title}](${page.markdownUrl}): ${page.description}`),
    '',
    '## Данные',
    '',
    `- [Сравнение в JSON](${file('comparison.json')}): группы и строки таблицы, по каждому продукту статус, текст, примечание и источники с датами проверки, ссылка на каждую строку; JSON Schema: ${file('comparison.schema.json')}`,
    `- [Готовые ответы в JSON](${file('answers.json')}): вопрос клиента, ответ, ссылка на ответ и на подробности, источники с датами; JSON Schema: ${file('answers.schema.json')}`,
    `- [Готовые ответы в CSV](${file('answers.csv')}): для импорта макросов в службу поддержки (title, body, tags)`,
    '',
    '## Optional',
    '',
    `- [Все страницы одним файлом](${file('llms-full.txt')}): Markdown всех страниц в порядке чтения`,
    '',
  ].join('\n');
}

export function llmsFullTxt({title, tagline, pages}: LlmsInput): string {
  return `# ${title}\n\n> ${tagline}\n\n${pages.map((page) => page.markdown.trim()).join('\n\n---\n\n')}\n`;
}
