import {$, $$, allIds, childElements, closest, decodeEntities, normalizedText, parseHtml, textOf} from './html';

describe('tests/unit/html helper', () => {
  it('builds a tree with attributes, text and void / self-closed elements', () => {
    const root = parseHtml('<div id="a" class="x y"><p>Привет, <b>мир</b><br/>!</p><svg aria-hidden="true"><path d="M0 0"/></svg></div>');
    const div = $(root, 'div');
    expect(div.attrs).toEqual({id: 'a', class: 'x y'});
    expect(textOf(div)).toBe('Привет, мир!');
    expect($$(root, '.y')).toHaveLength(1);
    expect($(root, 'path').attrs.d).toBe('M0 0');
    expect(childElements(div).map((el) => el.tag)).toEqual(['p', 'svg']);
    expect(closest($(root, 'b'), 'div')).toBe(div);
    expect(allIds(root)).toEqual(['a']);
  });

  it('decodes the entities React writes', () => {
    expect(decodeEntities('a &amp; b &lt;c&gt; &quot;d&quot; &#x27;e&#x27; &#1071;')).toBe(`a & b <c> "d" 'e' Я`);
    expect(normalizedText(parseHtml('<p title="&quot;q&quot;">  a\n  b </p>'))).toBe('a b');
    expect($(parseHtml('<p title="&quot;q&quot;"></p>'), 'p').attrs.title).toBe('"q"');
  });

  it('supports prefix and exact attribute selectors', () => {
    const root = parseHtml('<ul><li id="row-a"></li><li id="row-b" data-x="1"></li><li id="group-c"></li></ul>');
    expect($$(root, 'li[id^="row-"]').map((el) => el.attrs.id)).toEqual(['row-a', 'row-b']);
    expect($$(root, 'li[data-x]')).toHaveLength(1);
    expect($$(root, 'li[id="group-c"]')).toHaveLength(1);
  });

  it('rejects broken markup and ambiguous single lookups', () => {
    expect(() => parseHtml('<div><p></div>')).toThrow('Expected </p>');
    expect(() => parseHtml('<div>')).toThrow('Unclosed <div>');
    expect(() => $(parseHtml('<p></p><p></p>'), 'p')).toThrow('found 2');
    expect(() => $(parseHtml('<p></p>'), 'span')).toThrow('found 0');
  });
});
