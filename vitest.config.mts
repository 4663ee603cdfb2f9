import {readdirSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {defineConfig} from 'vitest/config';

const root = import.meta.dirname;
const stub = (file: string) => path.join(root, 'tests/unit/stubs', file);

const ALL = ['src/**/__tests__/**/*.test.{ts,tsx}', 'plugins/**/__tests__/**/*.test.ts', 'tests/unit/**/*.test.{ts,tsx}'];
/** The test files that call vi.mock (found, not listed, so a new one cannot leak its mocks into the shared graph). */
const MOCKING = ALL.map((pattern) => pattern.split('/**')[0]!)
  .flatMap((dir) => readdirSync(path.join(root, dir), {recursive: true, encoding: 'utf8'}).map((file) => path.join(dir, file)))
  .filter((file) => /\.test\.tsx?$/.test(file) && readFileSync(path.join(root, file), 'utf8').includes('vi.mock('));

/**
 * Unit tests run components outside Docusaurus, so its client aliases point at small stubs
 * that behave like the real modules for server rendering (plain links, default messages).
 */
export default defineConfig({
  resolve: {
    alias: [
      {find: /^@generated\/site-data\/default\/(\w+)\.json$/, replacement: stub('site-data/$1.ts')},
      {find: /^@site\/(.*)$/, replacement: path.join(root, '$1')},
      {find: '@docusaurus/Translate', replacement: stub('Translate.ts')},
      {find: '@docusaurus/Link', replacement: stub('Link.tsx')},
      {find: '@docusaurus/Head', replacement: stub('Head.ts')},
      {find: '@docusaurus/useBrokenLinks', replacement: stub('useBrokenLinks.ts')},
      {find: '@docusaurus/router', replacement: stub('router.ts')},
      {find: '@docusaurus/useIsBrowser', replacement: stub('useIsBrowser.ts')},
      {find: '@docusaurus/useDocusaurusContext', replacement: stub('useDocusaurusContext.ts')},
      {find: '@docusaurus/theme-common', replacement: stub('theme-common.ts')},
    ],
  },
  oxc: {jsx: {runtime: 'automatic'}},
  test: {
    globals: true,
    css: {modules: {classNameStrategy: 'non-scoped'}},
    pool: 'threads',
    // Files that mock modules get a module graph of their own; the rest share one, which halves the run.
    projects: [
      {extends: true, test: {name: 'mocking', include: MOCKING}},
      {extends: true, test: {name: 'shared', include: ALL, exclude: MOCKING, isolate: false}},
    ],
  },
});
