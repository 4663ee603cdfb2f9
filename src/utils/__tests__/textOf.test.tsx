import type {ReactNode} from 'react';
import {textOf} from '../textOf';

function Custom({children}: {children?: ReactNode}) {
  return <b>{children}</b>;
}

describe('textOf', () => {
  it('returns strings and numbers as text', () => {
    expect(textOf('Цены')).toBe('Цены');
    expect(textOf(42)).toBe('42');
    expect(textOf(0)).toBe('0');
  });

  it('gives nothing for empty children', () => {
    for (const node of [null, undefined, true, false, '', []]) expect(textOf(node)).toBe('');
  });

  it('joins arrays and fragments in order', () => {
    expect(textOf(['Про ', 'API', ' и ', 2])).toBe('Про API и 2');
    expect(textOf(<>Цены</>)).toBe('Цены');
    expect(
      textOf(
        <>
          Про {null}API{false}
        </>,
      ),
    ).toBe('Про API');
  });

  it('reads through nested elements and components by their children', () => {
    expect(
      textOf(
        <>
          Про <code>API</code> и{' '}
          <em>
            веб<strong>хуки</strong>
          </em>
        </>,
      ),
    ).toBe('Про API и вебхуки');
    expect(textOf(<Custom>внутри</Custom>)).toBe('внутри');
  });

  it('gives nothing for elements without children', () => {
    expect(textOf(<br />)).toBe('');
    expect(textOf(<img alt="картинка" />)).toBe('');
  });
});
