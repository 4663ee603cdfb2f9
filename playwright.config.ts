import {defineConfig, devices} from '@playwright/test';
import CHROMIUM_ARGS from './scripts/chromium-flags.json';

export const PORT = Number(process.env.E2E_PORT ?? 4173);

/**
 * Tests tagged @full are slow extras (screenshots, the load run, axe on the phone in the dark theme, axe and keyboard
 * walks of every page beyond the representative ones, the query table through the navbar box): they run in
 * `npm run test:full` (TEST_FULL=1), not in `npm test`.
 */
const FULL_ONLY = process.env.TEST_FULL ? undefined : /@full/;
/**
 * Tests tagged @narrow-in-full run at the desktop width in `npm test` and at both widths in `npm run test:full`: per-page
 * runs whose phone markup the representative pages (REPRESENTATIVE_PAGES in tests/e2e/site.ts) already check.
 */
const NARROW_IN_FULL = /@narrow-in-full/;
const without = (tag: RegExp) => (FULL_ONLY ? new RegExp(`${tag.source}|${FULL_ONLY.source}`) : tag);
export const BASE_URL = `http://127.0.0.1:${PORT}`;
export const NGINX_PORT = Number(process.env.E2E_NGINX_PORT ?? PORT + 7);
export const NGINX_URL = `http://127.0.0.1:${NGINX_PORT}`;
/** The site built with SITE_AS_OF=2027-04-01 and REPORT_TO=mailto:docs@example.org (`npm test` builds it to .tmp/build-report). */
export const REPORT_PORT = PORT + 3;
export const REPORT_URL = `http://127.0.0.1:${REPORT_PORT}`;

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  forbidOnly: !!process.env.CI,
  reporter: [['list'], ['json', {outputFile: '.tmp/e2e-results.json'}]],
  // Assertions wait for states; on a busy two-core machine a state can take longer than Playwright's 5 s default.
  expect: {timeout: 15_000},
  use: {
    baseURL: BASE_URL,
    launchOptions: {executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS},
  },
  projects: [
    // The deployment: Debian's nginx with deploy/nginx's configuration (tests/nginx, desktop width).
    {name: 'nginx', testDir: 'tests/nginx', grepInvert: FULL_ONLY, use: {browserName: 'chromium', baseURL: NGINX_URL, viewport: {width: 1280, height: 800}}},
    // Tests tagged @desktop or @phone run only at that width; the rest run at both.
    {name: 'desktop', grepInvert: without(/@phone/), use: {browserName: 'chromium', viewport: {width: 1280, height: 800}}},
    {
      name: 'phone',
      grepInvert: FULL_ONLY ? new RegExp(`@desktop|${FULL_ONLY.source}|${NARROW_IN_FULL.source}`) : /@desktop/,
      use: {
        browserName: 'chromium',
        viewport: {width: 360, height: 740},
        deviceScaleFactor: 2,
        isMobile: true,
        hasTouch: true,
        userAgent: devices['Pixel 5'].userAgent,
      },
    },
  ],
  webServer: [
    {
      command: `node scripts/serve/server.mjs --dir .tmp/build-report --port ${REPORT_PORT}`,
      url: `${REPORT_URL}/`,
      reuseExistingServer: false,
      timeout: 60_000,
    },
    {
      // The production-like server: Brotli/gzip, cache headers, the real 404 (scripts/serve/server.mjs).
      command: `node scripts/serve/server.mjs --dir build --port ${PORT}`,
      url: `${BASE_URL}/`,
      reuseExistingServer: false,
      timeout: 60_000,
    },
    {
      // Real nginx with the shipped configuration (scripts/nginx/serve.mjs installs it when missing).
      command: `node scripts/nginx/serve.mjs --dir build --no-build --port ${NGINX_PORT}`,
      url: `${NGINX_URL}/`,
      reuseExistingServer: false,
      timeout: 180_000,
    },
  ],
});
