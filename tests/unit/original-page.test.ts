import {readFileSync} from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '../..');
const original = readFileSync(path.join(ROOT, 'content/original-page.txt'), 'utf8');

describe('the original page in the repository (content/original-page.txt)', () => {
  it('is the GitBook page the site replaces, with its two hints', () => {
    expect(original.split('\n')[0]).toBe('# Отличие WhatsApp, WhatsApp Business и WhatsApp Business API');
    expect(original.match(/\{% hint style="\w+" %\}/g)).toHaveLength(2);
  });
});
