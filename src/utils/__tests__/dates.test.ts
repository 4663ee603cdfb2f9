import {formatLongDate, formatPartialDate, formatShortDate} from '../dates';

describe('formatLongDate', () => {
  it.each([
    ['2026-11-24', '24 ноября 2026 г.'],
    ['2025-01-01', '1 января 2025 г.'],
    ['2025-10-07', '7 октября 2025 г.'],
    ['2024-02-29', '29 февраля 2024 г.'],
    ['2025-12-31', '31 декабря 2025 г.'],
  ])('%s → %s', (iso, expected) => {
    expect(formatLongDate(iso)).toBe(expected);
  });
});

describe('formatShortDate', () => {
  it.each([
    ['2026-11-24', '24.11.2026'],
    ['2026-01-05', '05.01.2026'],
    ['2025-12-31', '31.12.2025'],
  ])('%s → %s', (iso, expected) => {
    expect(formatShortDate(iso)).toBe(expected);
  });

  it('does not shift the day in a time zone west of UTC', () => {
    // The formatters are pinned to UTC; the process zone must not matter.
    const original = process.env.TZ;
    process.env.TZ = 'America/Los_Angeles';
    try {
      expect(formatShortDate('2026-01-01')).toBe('01.01.2026');
    } finally {
      process.env.TZ = original;
    }
  });
});

describe('formatPartialDate', () => {
  it('writes a year alone as «2025 г.»', () => {
    expect(formatPartialDate('2025')).toBe('2025 г.');
  });

  it('writes a month as the month name and the year', () => {
    expect(formatPartialDate('2022-04')).toContain('апрель 2022');
    expect(formatPartialDate('2022-04')).toBe('апрель 2022 г.');
    expect(formatPartialDate('2025-12')).toBe('декабрь 2025 г.');
  });

  it('writes a full date in long form', () => {
    expect(formatPartialDate('2025-07-01')).toBe('1 июля 2025 г.');
  });
});

describe('invalid input throws', () => {
  it.each([
    '',
    'not a date',
    '24.11.2026',
    '2026-13-01',
    '2026-11-32',
    '2026-1-5',
    '2026-11-24T10:00:00Z',
    // Dates the JS parser would silently roll over into the next month.
    '2026-02-30',
    '2025-02-29',
    '2026-04-31',
    // Partial dates are not full dates.
    '2026',
    '2026-11',
  ])('formatLongDate and formatShortDate reject %j', (value) => {
    expect(() => formatLongDate(value)).toThrow(`Not a YYYY-MM-DD date: "${value}"`);
    expect(() => formatShortDate(value)).toThrow(`Not a YYYY-MM-DD date: "${value}"`);
  });

  it.each(['', 'не дата', '25', '2025-13', '2025-00', '2025-7', '2025-02-30', '2025/07/01'])('formatPartialDate(%j)', (value) => {
    expect(() => formatPartialDate(value)).toThrow('Not a YYYY-MM-DD date');
  });
});

describe('hand-written month names', () => {
  it('say exactly what Intl.DateTimeFormat("ru-RU") says, for every day of 2025 and 2026', () => {
    const long = new Intl.DateTimeFormat('ru-RU', {day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC'});
    const short = new Intl.DateTimeFormat('ru-RU', {day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'UTC'});
    const month = new Intl.DateTimeFormat('ru-RU', {month: 'long', year: 'numeric', timeZone: 'UTC'});
    for (let time = Date.UTC(2025, 0, 1); time < Date.UTC(2027, 0, 1); time += 86_400_000) {
      const date = new Date(time);
      const iso = date.toISOString().slice(0, 10);
      expect(formatLongDate(iso), iso).toBe(long.format(date));
      expect(formatShortDate(iso), iso).toBe(short.format(date));
      expect(formatPartialDate(iso.slice(0, 7)), iso).toBe(month.format(date));
    }
  });
});
