import {renderToStaticMarkup} from 'react-dom/server';
import {vi} from 'vitest';
import DocItemFooter from '../index';

const frontMatter: {current: Record<string, unknown>} = {current: {}};
vi.mock('@docusaurus/plugin-content-docs/client', () => ({
  useDoc: () => ({frontMatter: frontMatter.current, metadata: {source: '@site/docs/example.mdx', permalink: '/example'}}),
}));
// The theme's own footer (tags, edit link, git dates), which this footer wraps.
vi.mock('@theme-original/DocItem/Footer', () => ({default: () => <footer>the theme’s footer</footer>}));

function render(lastChecked: unknown): string {
  frontMatter.current = {last_checked: lastChecked};
  return renderToStaticMarkup(<DocItemFooter />);
}

describe('DocItem/Footer: «Сведения на странице проверены …»', () => {
  it('shows the day in words with a machine-readable date', () => {
    expect(render('2026-12-01')).toContain(
      '<p class="site-last-checked">Сведения на странице проверены <time dateTime="2026-12-01">1 декабря 2026 г.</time></p>',
    );
  });

  it('accepts the Date that YAML makes of an unquoted date', () => {
    expect(render(new Date('2026-11-25T00:00:00Z'))).toContain('25 ноября 2026 г.');
  });

  it('renders, never throws, when the reader’s clock is behind the date (the build checks the date, not the reader)', () => {
    vi.useFakeTimers();
    try {
      vi.setSystemTime(new Date('2026-11-20T12:00:00Z'));
      expect(render('2026-12-01')).toContain('1 декабря 2026 г.');
    } finally {
      vi.useRealTimers();
    }
  });

  it('keeps the theme’s own footer, before its own lines', () => {
    expect(render('2026-12-01')).toMatch(/^<footer>the theme’s footer<\/footer>.*site-last-checked/);
  });

  it('shows no date rather than crash on a malformed date', () => {
    expect(render('2026-02-30')).not.toContain('site-last-checked');
    expect(render(undefined)).not.toContain('site-last-checked');
  });

  it('offers the page as Markdown: a copy button and a plain link to its .md twin, with or without a date', () => {
    for (const date of ['2026-12-01', undefined]) {
      const html = render(date);
      expect(html).toContain('<a href="/example.md" type="text/markdown">Открыть страницу в Markdown</a>');
      expect(html).toMatch(/<button type="button"[^>]*>Скопировать как Markdown<\/button>/);
    }
  });
});
