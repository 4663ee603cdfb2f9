/**
 * The stock site of the benchmark: the Docusaurus 3.10.2 classic template as create-docusaurus writes it, with
 * the changes of stock/docusaurus.config.js (Russian, no blog, docs at '/', local search, future.faster), the
 * original page (content/original-page.txt, turned into MDX by seed-to-mdx.mjs) as its only doc and home page, and
 * exact versions.
 */
import {execFileSync} from 'node:child_process';
import {createHash} from 'node:crypto';
import {copyFileSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {seedToMdx} from './seed-to-mdx.mjs';

const ROOT = path.resolve(import.meta.dirname, '../..');
const FIXTURES = path.join(import.meta.dirname, 'stock');
const ORIGINAL_PAGE = path.join(ROOT, 'content/original-page.txt');
export const DOCUSAURUS = '3.10.2';
/** The registry list's version (/work/.library/env/packages/npm.tsv), installed exactly. */
export const SEARCH_LOCAL = '0.55.3';
/** create-docusaurus@3.10.2's classic (JavaScript) docusaurus.config.js; stock/docusaurus.config.js is it, edited. */
const TEMPLATE_CONFIG_SHA256 = '686ef4001825f50ea1de366cd28e90f3776001013c0678fe8f71cf3d7d0e65ee';

const mainPackage = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
const installedVersion = (name) => JSON.parse(readFileSync(path.join(ROOT, 'node_modules', name, 'package.json'), 'utf8')).version;

/** Writes the template into `dir` (which must not exist) with npx create-docusaurus, and makes it the stock site. */
export function createStockSite(dir, {log = () => {}} = {}) {
  log(`create-docusaurus@${DOCUSAURUS} classic (JavaScript) → ${dir}`);
  execFileSync('npx', ['-y', `create-docusaurus@${DOCUSAURUS}`, dir, 'classic', '--skip-install', '--javascript'], {
    stdio: ['ignore', 'ignore', 'pipe'],
    env: {...process.env, npm_config_update_notifier: 'false'},
  });
  const configFile = path.join(dir, 'docusaurus.config.js');
  const hash = createHash('sha256').update(readFileSync(configFile)).digest('hex');
  if (hash !== TEMPLATE_CONFIG_SHA256) {
    log(`warning: the template's docusaurus.config.js is not the one stock/docusaurus.config.js was made from (sha256 ${hash})`);
  }

  // The home page is the doc: no src/pages/index (nor the component only it used), no tutorial docs, no blog.
  for (const part of ['src/pages/index.js', 'src/pages/index.module.css', 'src/components/HomepageFeatures', 'docs', 'blog']) {
    rmSync(path.join(dir, part), {recursive: true, force: true});
  }
  execFileSync('mkdir', ['-p', path.join(dir, 'docs')]);
  writeFileSync(path.join(dir, 'docs/index.mdx'), seedToMdx(readFileSync(ORIGINAL_PAGE, 'utf8')));
  copyFileSync(path.join(FIXTURES, 'docusaurus.config.js'), configFile);

  // Exact versions: Docusaurus 3.10.2, and React, MDX and the rest as this site has them.
  const pkgFile = path.join(dir, 'package.json');
  const pkg = JSON.parse(readFileSync(pkgFile, 'utf8'));
  const same = (name) => mainPackage.dependencies[name] ?? mainPackage.devDependencies[name] ?? installedVersion(name);
  pkg.dependencies = {
    '@docusaurus/core': DOCUSAURUS,
    '@docusaurus/faster': DOCUSAURUS,
    '@docusaurus/preset-classic': DOCUSAURUS,
    '@easyops-cn/docusaurus-search-local': SEARCH_LOCAL,
    '@mdx-js/react': same('@mdx-js/react'),
    clsx: same('clsx'),
    'prism-react-renderer': installedVersion('prism-react-renderer'),
    react: same('react'),
    'react-dom': same('react-dom'),
  };
  pkg.devDependencies = {'@docusaurus/module-type-aliases': DOCUSAURUS, '@docusaurus/types': DOCUSAURUS};
  // The registry has no newer @swc/html builds for every platform.
  pkg.overrides = {'@swc/html': mainPackage.overrides?.['@swc/html'] ?? '1.16.2'};
  writeFileSync(pkgFile, `${JSON.stringify(pkg, null, 2)}\n`);
  return pkg;
}

/** npm install in the stock site (from the npm registry; npm's own cache makes later runs quicker). */
export function installStockSite(dir) {
  execFileSync('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error'], {
    cwd: dir,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: {...process.env, npm_config_update_notifier: 'false'},
    maxBuffer: 64 * 1024 * 1024,
  });
}
