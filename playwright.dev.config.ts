import {defineConfig} from '@playwright/test';
import CHROMIUM_ARGS from './scripts/chromium-flags.json';
import {DEV_PORT, DEV_URL} from './tests/dev/dev-url';

/** The README's first command, `npm start`, on its own port: what a newcomer sees before any build. */
export default defineConfig({
  testDir: 'tests/dev',
  workers: 1,
  retries: 0,
  forbidOnly: !!process.env.CI,
  reporter: [['list'], ['json', {outputFile: '.tmp/dev-results.json'}]],
  // The dev server compiles on start and builds the search index in the background (~25 s here).
  timeout: 120_000,
  use: {
    baseURL: DEV_URL,
    viewport: {width: 1280, height: 800},
    launchOptions: {executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS},
  },
  webServer: {
    command: `npm start -- --port ${DEV_PORT} --no-open`,
    url: `${DEV_URL}/`,
    reuseExistingServer: false,
    timeout: 180_000,
    env: {BROWSER: 'none'},
  },
});
