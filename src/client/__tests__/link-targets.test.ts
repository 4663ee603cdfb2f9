import {ANCHOR_ALIASES} from '@site/src/data/anchor-aliases';
import {aliasTarget} from '../link-targets';

describe('following a renamed #id (aliasTarget)', () => {
  it('follows a published alias', () => {
    expect(aliasTarget('/', 'whatsapp-business')).toBe(ANCHOR_ALIASES['/']!['whatsapp-business']);
  });

  it.each(['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf', '__defineGetter__'])(
    'leaves the reader where they are for #%s (no inherited property is an alias)',
    (id) => {
      expect(aliasTarget('/', id)).toBeUndefined();
      expect(aliasTarget(id, 'whatsapp')).toBeUndefined();
      expect(aliasTarget(`/${id}`, id)).toBeUndefined();
    },
  );

  it('ignores pages and ids it does not know', () => {
    expect(aliasTarget('/whatsapp', 'whatsapp')).toBeUndefined();
    expect(aliasTarget('/', 'no-such-id')).toBeUndefined();
  });
});
