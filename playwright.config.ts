import {defineConfig, devices} from '@playwright/test';
import CHROMIUM_ARGS from './scripts/chromium-flags.json';

export const PORT = Number(process.env.E2E_PORT ?? 4173);

/**
 * `npm test` runs the checks that matter on every change; `npm run test:full` (TEST_FULL=1) runs every test at both
 * widths. Tags:
 * - @full: only in `npm run test:full` (per-page checks beyond the representative pages, the dark and print variants,
 *   the query table in the navbar box, the hostile queries, rarer paths);
 * - @desktop / @phone: at that width only;
 * - @both: at the phone width in `npm test` too. Every other test runs at the desktop width in `npm test` and at both
 *   in `npm run test:full`.
 */
const FULL = !!process.env.TEST_FULL;
export const BASE_URL = `http://127.0.0.1:${PORT}`;
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
    // What nginx answers, as HTTP (tests/nginx, desktop width).
    {
      name: 'nginx',
      testDir: 'tests/nginx',
      grepInvert: FULL ? undefined : /@full/,
      use: {browserName: 'chromium', viewport: {width: 1280, height: 800}},
    },
    {name: 'desktop', grepInvert: FULL ? /@phone/ : /@phone|@full/, use: {browserName: 'chromium', viewport: {width: 1280, height: 800}}},
    {
      name: 'phone',
      ...(FULL ? {grepInvert: /@desktop/} : {grep: /@phone|@both/, grepInvert: /@desktop|@full/}),
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
  // Every test runs against what ships: Debian's nginx with deploy/nginx's configuration and the policy computed from
  // the build it serves (scripts/nginx/serve.mjs; `npm test` installs nginx first).
  webServer: [
    {dir: '.tmp/build-report', port: REPORT_PORT},
    {dir: 'build', port: PORT},
  ].map(({dir, port}) => ({
    command: `node scripts/nginx/serve.mjs --dir ${dir} --no-build --port ${port}`,
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: false,
    timeout: 180_000,
  })),
});
