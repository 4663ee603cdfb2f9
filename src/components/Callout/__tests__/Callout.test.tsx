import {renderToStaticMarkup} from 'react-dom/server';
import Callout from '..';

it('renders a note with a visible label', () => {
  const html = renderToStaticMarkup(<Callout type="tip" title="T">Body</Callout>);
  expect(html).toContain('role="note"');
  expect(html).toContain('Совет');
});
