import type {Plugin} from '@docusaurus/types';
import {hasApp, rewriteBuiltPages} from './links/built-file';

/**
 * The classic theme injects its SVG sprite as `<svg style="display: none;">` on every page (theme-classic's
 * injectHtmlTags, no option to change it). A style attribute needs 'unsafe-hashes' in the Content-Security-Policy;
 * a class does not. This swaps the attribute for a class (src/css/custom.css hides it), and fails the build
 * naming the file when a page has the sprite in another form, so a theme upgrade cannot bring the attribute back
 * unnoticed.
 */
export const THEME_SPRITE = '<svg style="display: none;">';
export const SPRITE = '<svg class="site-svg-sprite" aria-hidden="true">';

export function spriteWithoutStyle(html: string, where: string): string {
  if (html.includes(THEME_SPRITE)) return html.replace(THEME_SPRITE, SPRITE);
  if (!hasApp(html)) return html; // a redirect page
  throw new Error(
    `${where}: the theme's SVG sprite is not written as ${THEME_SPRITE} any more: see UPGRADING.md «SVG sprite without a style attribute»`,
  );
}

export default function spriteWithoutStylePlugin(): Plugin {
  return {
    name: 'sprite-without-style',
    postBuild({outDir, routesPaths}) {
      rewriteBuiltPages(outDir, routesPaths, spriteWithoutStyle);
    },
  };
}
