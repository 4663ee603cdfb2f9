import {describe, expect, it} from 'vitest';
import {searchPageUrl} from '../client';

describe('searchPageUrl', () => {
  it('links to the search page with the trimmed, encoded query', () => {
    expect(searchPageUrl('ватсап')).toBe(`/search?q=${encodeURIComponent('ватсап')}`);
    expect(searchPageUrl('  окно 24 часа \n')).toBe('/search?q=%D0%BE%D0%BA%D0%BD%D0%BE%2024%20%D1%87%D0%B0%D1%81%D0%B0');
    expect(searchPageUrl('a&b=c#d?e/f+g%')).toBe('/search?q=a%26b%3Dc%23d%3Fe%2Ff%2Bg%25');
    expect(searchPageUrl('<script>')).toBe('/search?q=%3Cscript%3E');
  });

  it('round-trips through URLSearchParams', () => {
    for (const query of ['ватсап бизнес', 'a&b=c', '100% + 1', '«кавычки» — тире', '📱']) {
      const url = new URL(searchPageUrl(` ${query} `), 'https://example.org');
      expect(url.pathname).toBe('/search');
      expect(url.searchParams.get('q')).toBe(query);
    }
  });

  it('links to the bare search page for an empty or blank query', () => {
    expect(searchPageUrl('')).toBe('/search');
    expect(searchPageUrl('   \t\n')).toBe('/search');
  });
});
