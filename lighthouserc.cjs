/**
 * Lighthouse CI (`npm run lighthouse`, `npm run lighthouse:desktop`): every page of the sidebar, 3 runs each, in
 * Debian's Chromium, against build/ served as it ships (nginx with deploy/nginx's configuration).
 * Fails naming the page and the audit when the median of the runs misses a target. Reports: .tmp/lighthouse/.
 *
 * Every host but the loopback goes to a proxy that is not there (port 9), so no request leaves the machine and
 * none waits on a network this machine does not have. Lighthouse's timings are simulated from a real trace:
 * run it on a quiet machine (each report records the machine's benchmarkIndex).
 */
const {require: tsRequire} = require('tsx/cjs/api');
const chromiumFlags = require('./scripts/chromium-flags.json');

const {sitePages} = tsRequire('./site-pages.ts', __filename);
const desktop = process.env.LIGHTHOUSE_FORM_FACTOR === 'desktop';
const PORT = 4180;
const median = (minScore) => ['error', {minScore, aggregationMethod: 'median'}];

module.exports = {
  ci: {
    collect: {
      startServerCommand: `node scripts/nginx/serve.mjs --no-build --port ${PORT}`,
      startServerReadyPattern: 'Ctrl\\+C stops it', // what scripts/nginx/serve.mjs prints once nginx listens
      url: sitePages().map((page) => `http://127.0.0.1:${PORT}${page.path}`),
      numberOfRuns: 3,
      chromePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      settings: {
        ...(desktop ? {preset: 'desktop'} : {}),
        onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
        chromeFlags: [...chromiumFlags, '--headless=new', '--proxy-server=http://127.0.0.1:9'].join(' '),
      },
    },
    assert: {
      assertMatrix: [
        {
          matchingUrlPattern: '.*',
          assertions: {
            'categories:performance': median(0.98),
            'categories:accessibility': median(1),
            'categories:best-practices': median(1),
            'categories:seo': median(1),
          },
        },
        ...(desktop
          ? []
          : [
              {
                matchingUrlPattern: `^http://127\\.0\\.0\\.1:${PORT}/$`,
                assertions: {'largest-contentful-paint': ['error', {maxNumericValue: 1300, aggregationMethod: 'median'}]},
              },
            ]),
      ],
    },
    upload: {target: 'filesystem', outputDir: `.tmp/lighthouse/${desktop ? 'desktop' : 'mobile'}`},
  },
};
