/**
 * The Docusaurus files this site replaces (aliases in ./lean-client.ts), copied and changed (components in
 * src/theme/) or relies on without an API (the hydration attribute, the bundler cache): each named as its entry in
 * UPGRADING.md, with the hash of the file as it was when the entry was checked. The build fails when one is gone or
 * has changed, naming the entry to re-check: a renamed file would make an alias a silent no-op, and a changed
 * component would leave our copy behind.
 */
import {createHash} from 'node:crypto';
import {readFileSync} from 'node:fs';

export interface PatchedFile {
  /** The heading of its entry in UPGRADING.md. */
  entry: string;
  /** The module, as `require.resolve` takes it. */
  module: string;
  /** The first 16 hex digits of the file's sha256 when the patch was last checked. */
  sha256: string;
  /** The Docusaurus version the hash was taken from. */
  docusaurus: string;
}

export const PATCHED_FILES: readonly PatchedFile[] = [
  {entry: 'Prism languages', module: '@docusaurus/theme-classic/lib/prism-include-languages.js', sha256: 'a464a26897ccb5b2', docusaurus: '3.10.2'},
  {entry: 'Navigation progress bar', module: '@docusaurus/theme-classic/lib/nprogress.js', sha256: '58b21ff3eb278f6c', docusaurus: '3.10.2'},
  {entry: 'No viewport prefetch', module: '@docusaurus/core/lib/client/prefetch.js', sha256: '7543271549a9882a', docusaurus: '3.10.2'},
  {entry: 'DocItem/Layout', module: '@docusaurus/theme-classic/lib/theme/DocItem/Layout/index.js', sha256: 'c1f1bbed07409f0a', docusaurus: '3.10.2'},
  {entry: 'MDXComponents', module: '@docusaurus/theme-classic/lib/theme/MDXComponents/index.js', sha256: 'b1a0eed95525de25', docusaurus: '3.10.2'},
  {entry: 'Heading', module: '@docusaurus/theme-classic/lib/theme/Heading/index.js', sha256: 'bd5eb7a8be21738b', docusaurus: '3.10.2'},
  {
    entry: 'html[data-has-hydrated]',
    module: '@docusaurus/core/lib/client/hasHydratedDataAttribute.js',
    sha256: '66d8a389d5b740ea',
    docusaurus: '3.10.2',
  },
  {entry: 'Rspack cache and the lean-client files', module: '@docusaurus/core/lib/webpack/base.js', sha256: 'b3c441dfc9ae516b', docusaurus: '3.10.2'},
];

type Read = (module: string) => string | undefined;

const readInstalled: Read = (module) => {
  try {
    return readFileSync(require.resolve(module), 'utf8');
  } catch {
    return undefined;
  }
};

/** One line per patched file that is gone or changed, naming its UPGRADING.md entry; [] when all are as patched. */
export function upgradeProblems(files: readonly PatchedFile[] = PATCHED_FILES, read: Read = readInstalled): string[] {
  return files.flatMap(({entry, module, sha256, docusaurus}) => {
    const source = read(module);
    if (source === undefined) return [`UPGRADING.md «${entry}»: ${module} is gone, so the patch no longer applies; re-check the entry.`];
    const hash = createHash('sha256').update(source).digest('hex').slice(0, 16);
    if (hash !== sha256) {
      return [
        `UPGRADING.md «${entry}»: ${module} changed (sha256 ${hash}, patched against ${sha256} of Docusaurus ${docusaurus}); re-check the entry, then record the new hash and version in plugins/upgrade-surface.ts.`,
      ];
    }
    return [];
  });
}
