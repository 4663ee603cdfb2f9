import {describe, expect, it} from 'vitest';
import {SPRITE, THEME_SPRITE, spriteWithoutStyle} from '../sprite-without-style';

describe('the theme sprite without a style attribute', () => {
  it('swaps the style attribute for a class', () => {
    const html = spriteWithoutStyle(`<body>${THEME_SPRITE}<defs></defs></svg><div id=__docusaurus></div></body>`, 'index.html');
    expect(html).toContain(`${SPRITE}<defs>`);
    expect(html).not.toContain('style=');
  });

  it('leaves a redirect page (no app, no sprite) alone', () => {
    const page = '<html><head><meta http-equiv="refresh" content="0; url=/"></head><body></body></html>';
    expect(spriteWithoutStyle(page, 'old/index.html')).toBe(page);
  });

  it('fails naming the file when the theme writes the sprite another way', () => {
    expect(() => spriteWithoutStyle('<body><svg style="display:none"></svg><div id=__docusaurus></div></body>', 'whatsapp.html')).toThrow(
      /^whatsapp\.html: the theme's SVG sprite is not written as .* UPGRADING\.md «SVG sprite without a style attribute»$/,
    );
  });
});
