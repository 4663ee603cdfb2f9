/**
 * The address of a prefilled report: `mailto:` with a subject and a body, or an issue tracker's URL template with
 * `{title}` and `{body}` (site-settings.ts checks the template when the site builds).
 */
export function reportHref(target: string, {title, body}: {title: string; body: string}): string {
  if (target.startsWith('mailto:')) {
    // encodeURIComponent, not URLSearchParams: mail clients read «+» as a plus, not a space.
    return `${target}${target.includes('?') ? '&' : '?'}subject=${encodeURIComponent(title)}&body=${encodeURIComponent(body)}`;
  }
  return target.replaceAll('{title}', encodeURIComponent(title)).replaceAll('{body}', encodeURIComponent(body));
}

/** A long text cut at a word, so one report link stays a reasonable size. */
export function shortened(text: string, max = 400): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= max) return clean;
  return `${clean.slice(0, clean.lastIndexOf(' ', max))} …`;
}

/** «Meta: лимиты сообщений, 2026-12-03; …»: the sources a report names, each once, with the day it was checked. */
export function reportSources(citations: readonly {title: string; url: string; checked: string}[]): string {
  const unique = citations.filter((citation, index) => citations.findIndex((other) => other.url === citation.url) === index);
  return unique.map((citation) => `${citation.title}, ${citation.checked}`).join('; ');
}
