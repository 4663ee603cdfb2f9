import {readFileSync, readdirSync} from 'node:fs';
import path from 'node:path';
import {FIGURES, MESSAGING_TIERS, MILESTONES, day, formatNumber, num, since, tiers} from '../figures';
import {SOURCES} from '../sources';
import {formatLongDate} from '../../utils/dates';

const ROOT = path.resolve(import.meta.dirname, '../../..');

/** Where a number or a date would be stated to readers: the pages and the data that the components render. */
const PROSE_FILES = [
  ...readdirSync(path.join(ROOT, 'docs'))
    .filter((f) => f.endsWith('.mdx'))
    .map((f) => `docs/${f}`),
  'src/data/comparison.ts',
  'src/data/answers.ts',
  'src/data/chooser.ts',
  'src/data/changes.ts',
  'src/data/corrections.ts',
];
/** Front matter (sidebar_label: Обзор) is not prose: blanked, keeping line numbers. */
const withoutFrontMatter = (text: string) => text.replace(/^---\n[\s\S]*?\n---\n/, (block) => block.replace(/[^\n]/g, ''));
const prose = PROSE_FILES.map((file) => [file, withoutFrontMatter(readFileSync(path.join(ROOT, file), 'utf8'))] as const);

/**
 * «24 часа» is the window's name as much as a number («Окно 24 часа»): headings and terms keep it as words. A figure
 * of the same value (the providers' 24 hours of a template review) cannot be told from it in text, so it is not
 * searched for either.
 */
const TERMS = new Set(['serviceWindowHours', 'templateReviewHours']);

/** A number standing alone, written with or without thousands separators: 1000, 1 000, 1 000; 0,005 or 0.005. */
function numberPattern(value: number | string): RegExp {
  const grouped = formatNumber(value)
    .replace(/[.,]/g, '[.,]')
    .replace(/\u00a0/g, '[\\s\\u00a0]?');
  return new RegExp(`(?<![\\d.,\\-+])${grouped}(?![\\d]|[.,]\\d)`);
}

describe('figures (src/data/figures.ts)', () => {
  it.each(Object.entries(FIGURES))('%s cites a known source', (_, figure) => {
    expect(Object.keys(SOURCES)).toContain(figure.source);
  });

  it.each(Object.entries(MILESTONES))('%s is a date as precise as its source, and cites a known source', (_, milestone) => {
    expect(milestone.date).toMatch(/^\d{4}(-\d{2}(-\d{2})?)?$/);
    expect(Object.keys(SOURCES)).toContain(milestone.source);
  });

  it('formats numbers the Russian way and dates in words', () => {
    expect(formatNumber(100000)).toBe('100\u00a0000');
    expect(num('throughputMax')).toBe('1\u00a0000');
    expect(tiers()).toBe(`${MESSAGING_TIERS.values.map(formatNumber).join(' → ')} → без ограничения`);
    expect(day('aiAssistantBan')).toBe('15 января 2026 г.');
    expect(day('ruCallsRestricted')).toBe('август 2025 г.');
    expect(formatNumber(0.005)).toBe('0,005');
    expect(formatNumber('2.24.17')).toBe('2.24.17');
    expect(since('bsuidSent')).toBe('с апреля 2026 г.');
    expect(since('coexistenceLaunch')).toBe('с 2025 г.');
    expect(since('aiAssistantBan')).toBe('с 15 января 2026 г.');
  });
});

describe('each number and date is written once, in src/data/figures.ts', () => {
  const figures = Object.entries(FIGURES).filter(([name]) => !TERMS.has(name));
  it.each(figures)('%s is not typed by hand in a page or a data file', (name, figure) => {
    const pattern = numberPattern(figure.value);
    const typed = prose.flatMap(([file, text]) =>
      text.split('\n').flatMap((line, i) => (pattern.test(line) ? [`${file}:${i + 1}: ${line.trim()}`] : [])),
    );
    expect(typed, `write <Num name="${name}" /> in MDX or num('${name}') in data instead`).toEqual([]);
  });

  it.each(MESSAGING_TIERS.values.filter((v) => v >= 1000))('the tier %d is not typed by hand', (value) => {
    const pattern = numberPattern(value);
    expect(prose.filter(([, text]) => pattern.test(text)).map(([file]) => file)).toEqual([]);
  });

  const dated = Object.entries(MILESTONES).filter(([, m]) => /^\d{4}-\d{2}-\d{2}$/.test(m.date));
  it.each(dated)('%s is not typed by hand, in words or as an ISO date', (name, milestone) => {
    const words = formatLongDate(milestone.date).replace(/ г\.$/, '');
    const typed = prose.filter(([, text]) => text.includes(words) || text.includes(`'${milestone.date}'`)).map(([file]) => file);
    expect(typed, `write <Day name="${name}" /> (or day('${name}')) instead`).toEqual([]);
  });

  it('catches a hand-typed figure (the check can fail)', () => {
    expect(numberPattern(1000).test('до 1 000 сообщений')).toBe(true);
    expect(numberPattern(1000).test('до 1\u00a0000 сообщений')).toBe(true);
    expect(numberPattern(80).test('80 сообщений')).toBe(true);
    expect(numberPattern(80).test('ошибка 131049, 2080 год, 80.5')).toBe(false);
    expect(numberPattern(0.005).test('0,005 $ за сообщение')).toBe(true);
    expect(numberPattern('2.24.17').test('версии 2.24.17 или новее')).toBe(true);
  });
});
