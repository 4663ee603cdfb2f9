import {readFileSync} from 'node:fs';
import path from 'node:path';
import {expect, it} from 'vitest';
import {SiteCopy} from '../../plugins/site-copy';

const ROOT = path.resolve(import.meta.dirname, '../..');
const CODE_JSON = 'i18n/ru/code.json';

/** The ids `write-translations` adds to i18n/ru/code.json in a copy of the site (after `prepare`). */
async function newIds(prepare: (site: SiteCopy) => void = () => {}): Promise<string[]> {
  const site = new SiteCopy(ROOT, 'translations-');
  try {
    prepare(site);
    const before = JSON.parse(readFileSync(path.join(site.dir, CODE_JSON), 'utf8')) as Record<string, unknown>;
    const {code, output} = await site.docusaurus(['write-translations', '--locale', 'ru']);
    expect(code, output).toBe(0);
    const after = JSON.parse(readFileSync(path.join(site.dir, CODE_JSON), 'utf8')) as Record<string, unknown>;
    return Object.keys(after).filter((id) => !(id in before));
  } finally {
    site.remove();
  }
}

// One run proves both: the probe id is found (the check can fail), and nothing else is (every real string is in the file).
it(`every UI string goes through translate() and is in ${CODE_JSON}: write-translations adds only a probe id planted in a copy`, async () => {
  const added = await newIds((site) =>
    site.edit('src/search/strings.ts', 'export const searchStrings = {', "export const searchStrings = {\n  probe: () => translate({id: 'search.probe', message: 'Проба'}),"),
  );
  expect(added, `anything but search.probe: run npx docusaurus write-translations --locale ru, and commit ${CODE_JSON}`).toEqual(['search.probe']);
});
