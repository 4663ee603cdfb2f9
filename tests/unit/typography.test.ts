import {readFileSync} from 'node:fs';
import path from 'node:path';
import {builtHtmlFiles} from '../../plugins/links/built-file';

const BUILD = path.resolve(import.meta.dirname, '../../build');

/** The text a reader sees: tags and React's `<!-- -->` separators removed, so data and MDX are checked as one. */
function visibleText(html: string): string {
  return html
    .replace(/<(script|style)\b[\s\S]*?<\/\1>/g, ' ')
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<[^>]+>/g, '');
}

/** «… 2022 г..»: a date already ends with «г.», so a sentence that ends on one must not add its own full stop. */
export function doubledStops(text: string): string[] {
  return [...text.matchAll(/.{0,40}(?<!\p{L})г\.\s*\.(?!\.)/gu)].map((m) => m[0].trim());
}

/**
 * Wording the guide once used and a reader stumbled on: each with what to write instead. Checked on what the reader
 * sees, so data and MDX are checked as one.
 */
const PLAIN_RUSSIAN: readonly (readonly [RegExp, string])[] = [
  [/не гадаем/, 'say plainly that there is no checked source'],
  [/Кликните, чтобы написать/, 'name the ad as Meta does: «реклама с переходом в WhatsApp»'],
  [/окно для операторов/, '«рабочее место для операторов»: «окно» is the 24-hour window'],
  [/до \d+ связанных устройствах/, '«не более чем на N связанных устройствах» or «до N связанных устройств»'],
  [/без оговорок/, 'a status word means only what the legend says; caveats go in the note'],
  [/(?<![\d.])\d{2}\.\d{2}\.\d{4}(?![\d.])/, 'dates in words, as everywhere else, so a line never mixes «01.12.2026» with «1 декабря 2026 г.»'],
  [/(Да|Нет|Частично|Бесплатно|Платно)\s+\1(?!\p{L})/u, 'a cell repeats its status word: start the text with what follows'],
  [/(?<!\p{L})(с|в|на|по|до|от|и)\s+\1(?!\p{L})/iu, 'a word twice: «с <Since>» reads «с с …», since <Since> and since() bring their own «с»'],
];

export function plainRussianProblems(text: string): string[] {
  return PLAIN_RUSSIAN.flatMap(([pattern, fix]) => {
    const found = pattern.exec(text);
    return found ? [`«${found[0]}»: ${fix}`] : [];
  });
}

describe('typography of the built pages', () => {
  it('finds the wording the guide no longer uses (this check can fail)', () => {
    expect(plainRussianProblems('Нет данных — мы не гадаем. Платно Платно: шаблоны, проверено 01.12.2026')).toHaveLength(3);
    expect(plainRussianProblems('Приложение работает на телефоне и ещё до 4 связанных устройствах.')).toHaveLength(1);
    expect(plainRussianProblems('По сообщениям СМИ, с с марта 2025 г. WhatsApp испытывает')).toHaveLength(1);
    expect(plainRussianProblems('Да Android и iOS; не более чем на 4 связанных устройствах, проверено 1 декабря 2026 г.')).toEqual([]);
  });

  it('no page uses it', () => {
    const files = builtHtmlFiles(BUILD);
    expect(files.length, 'run npm run build first').toBeGreaterThan(0);
    const found = files.flatMap((file) =>
      plainRussianProblems(visibleText(readFileSync(file, 'utf8'))).map((problem) => `${path.relative(BUILD, file)}: ${problem}`),
    );
    expect(found).toEqual([]);
  });

  it('finds a doubled full stop after «г.» (this check can fail)', () => {
    expect(doubledStops(visibleText('<p>работает с апреля 2022 г.<!-- -->. Подключиться</p>'))).toEqual(['работает с апреля 2022 г..']);
    expect(doubledStops('в 2025 г. Потом… и т. д.')).toEqual([]);
  });

  it('no page ends a sentence on a date with «г..»', () => {
    const files = builtHtmlFiles(BUILD);
    expect(files.length, 'run npm run build first').toBeGreaterThan(0);
    const found = files.flatMap((file) =>
      doubledStops(visibleText(readFileSync(file, 'utf8'))).map((context) => `${path.relative(BUILD, file)}: «${context}»`),
    );
    expect(found, 'write the sentence without its own full stop after a <Day>, <Since> or day()').toEqual([]);
  });
});
