import {escapeMarkup} from '../escape-markup';

/**
 * A redirect page that works without JavaScript: meta refresh, canonical and a visible link. With `keepHash`
 * (moved pages, whose old links carry #sections), /js/redirect-keeps-hash.js goes there at once with the query and
 * the #hash. Valid HTML (a title, scripts in the head), with no inline script or style to allow in a policy.
 */
export function redirectPageHtml({to, title, siteUrl, keepHash = false}: {to: string; title: string; siteUrl: string; keepHash?: boolean}): string {
  const absolute = new URL(to, siteUrl).href;
  const target = escapeMarkup(to);
  return `<!DOCTYPE html>
<html lang="ru-RU"${keepHash ? ` data-redirect-to="${target}"` : ''}>
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<meta http-equiv="refresh" content="0; url=${target}">
<link rel="canonical" href="${escapeMarkup(absolute)}">
<title>${escapeMarkup(title)} — WhatsApp для бизнеса</title>${keepHash ? '\n<script src="/js/redirect-keeps-hash.js"></script>' : ''}
<style>body{font:1.125rem/1.5 system-ui,sans-serif;margin:3rem auto;max-width:36rem;padding:0 1rem;color:#1c1e21}a{color:#00704a}</style>
</head>
<body>
<p>Переходим к разделу «${escapeMarkup(title)}»…</p>
<p><a href="${target}">Открыть «${escapeMarkup(title)}»</a></p>
</body>
</html>
`;
}
