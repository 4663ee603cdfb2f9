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

describe('typography of the built pages', () => {
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
