#!/usr/bin/env node
/**
 * `npm test`: everything CI proves, in order, stopping at the first failing stage.
 *   1. Chromium from Debian (installed with apt-get when missing)
 *   2. type check (tsc, strict), the linter (ESLint: recommended, typescript-eslint, React hooks), the formatter (Prettier)
 *   3. production build (fails on any warning, broken link or anchor), then .gz/.br copies of its text files; and the
 *      same site as of 2027-04-01 with REPORT_TO set, in .tmp/build-report (stale marks, report links)
 *   4. unit tests (vitest; the search tests read the built index)
 *   5. build guards: a page added to a copy of the site by the README's steps is in every check; broken edits fail the build
 *   6. the dev server as the README starts it (`npm start`): the table, search, no console error
 *   7. nginx from Debian (installed with apt-get when missing, with its Brotli module when available)
 *   8. browser tests (Playwright + Debian Chromium) against the built site served by nginx with deploy/nginx's
 *      configuration, as it ships, and that configuration as HTTP (tests/nginx: headers, CSP, redirects)
 * Ends with one line "N passed, N failed" counting every test of every runner.
 * `npm run test:full` (TEST_FULL=1) runs every browser test on every page at both widths, plus the tests tagged @full
 * (playwright.config.ts says which).
 */
import {spawn, spawnSync} from 'node:child_process';
import {existsSync, mkdirSync, readFileSync, rmSync} from 'node:fs';
import {ensureChromium} from './ensure-chromium.mjs';

const TMP = '.tmp';
mkdirSync(TMP, {recursive: true});

const totals = {passed: 0, failed: 0, skipped: 0};
const started = Date.now();

function stage(name, command, args, {check, env} = {}) {
  console.log(`\n=== ${name}: ${[command, ...args].join(' ')}`);
  const t0 = Date.now();
  const result = spawnSync(command, args, {
    stdio: check ? ['inherit', 'pipe', 'pipe'] : 'inherit',
    encoding: 'utf8',
    env: {...process.env, ...env, FORCE_COLOR: '0'},
  });
  if (check) {
    process.stdout.write(result.stdout ?? '');
    process.stderr.write(result.stderr ?? '');
  }
  const problem = result.status !== 0 ? `exit code ${result.status}` : check?.(`${result.stdout}${result.stderr}`);
  return outcome(name, problem, t0);
}

/** Prints a stage's last line, ✓ or ✗ with the time from t0 to t1; true when it passed. */
function outcome(name, problem, t0, t1 = Date.now()) {
  const seconds = ((t1 - t0) / 1000).toFixed(1);
  if (problem) {
    console.error(`\n✗ ${name} failed (${problem}) after ${seconds}s`);
    return false;
  }
  console.log(`✓ ${name} (${seconds}s)`);
  return true;
}

/** Runs a stage, counts its report if it wrote one, and stops the run when the stage failed. */
function run(name, command, args, {check, report, count, env} = {}) {
  const ok = stage(name, command, args, {check, env});
  if (report && existsSync(report)) count(report);
  else if (report) console.error(`(${name} wrote no report at ${report})`);
  if (!ok) finish(1);
}

/**
 * Runs single-threaded checks side by side (two cores here), prints each one's output when it ends, and stops the
 * run when any failed.
 */
async function runTogether(stages) {
  const results = await Promise.all(
    stages.map(
      ([name, command, args]) =>
        new Promise((resolve) => {
          const t0 = Date.now();
          const child = spawn(command, args, {env: {...process.env, FORCE_COLOR: '0'}});
          let output = '';
          child.stdout.on('data', (chunk) => (output += chunk));
          child.stderr.on('data', (chunk) => (output += chunk));
          child.on('close', (code) => resolve({name, command, args, code, output, t0, t1: Date.now()}));
        }),
    ),
  );
  const passed = results.map(({name, command, args, code, output, t0, t1}) => {
    console.log(`\n=== ${name}: ${[command, ...args].join(' ')}\n${output}`);
    return outcome(name, code !== 0 ? `exit code ${code}` : undefined, t0, t1);
  });
  if (passed.includes(false)) finish(1);
}

function countVitest(file) {
  const report = JSON.parse(readFileSync(file, 'utf8'));
  totals.passed += report.numPassedTests;
  totals.failed += report.numFailedTests;
  totals.skipped += report.numPendingTests + report.numTodoTests;
}

function countPlaywright(file) {
  const {stats} = JSON.parse(readFileSync(file, 'utf8'));
  totals.passed += stats.expected + stats.flaky;
  totals.failed += stats.unexpected;
  totals.skipped += stats.skipped;
}

function finish(code) {
  const minutes = ((Date.now() - started) / 60000).toFixed(1);
  console.log(`\nAll stages took ${minutes} min.`);
  console.log(`tests: ${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
  process.exit(code);
}

for (const report of ['unit-results.json', 'guards-results.json', 'dev-results.json', 'e2e-results.json']) rmSync(`${TMP}/${report}`, {force: true});

const chromium = ensureChromium();
console.log(`Chromium: ${chromium}`);

await runTogether([
  ['type check', 'npx', ['tsc', '--noEmit']],
  ['lint', 'npx', ['eslint', '.']],
  ['format (Prettier; `npm run format` fixes it)', 'npx', ['prettier', '--check', '.']],
]);

run('build', 'npx', ['docusaurus', 'build'], {
  check: (output) => (/\[WARNING\]|\[ERROR\]/.test(output) ? 'the build printed a warning or an error' : undefined),
});
run('precompress', 'node', ['scripts/serve/precompress.mjs', 'build']);
// The same commit as of a later day and with reports on: stale marks and «Сообщить об ошибке» (tests/unit/standing-build,
// tests/e2e/report).
run('build as of 2027-04-01 with REPORT_TO', 'npx', ['docusaurus', 'build', '--out-dir', `${TMP}/build-report`], {
  env: {SITE_AS_OF: '2027-04-01', REPORT_TO: 'mailto:docs@example.org'},
});

// Unit tests of the search engine and its index read build/, so they run after the build.
const unitReport = `${TMP}/unit-results.json`;
run('unit tests', 'npx', ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${unitReport}`], {
  report: unitReport,
  count: countVitest,
});

const guardsReport = `${TMP}/guards-results.json`;
run(
  'build guards',
  'npx',
  ['vitest', 'run', '--config', 'vitest.build.config.mts', '--reporter=default', '--reporter=json', `--outputFile.json=${guardsReport}`],
  {report: guardsReport, count: countVitest},
);

// The README's first command: `npm start` must show the real site (the table, search) before any build.
const devReport = `${TMP}/dev-results.json`;
run('dev server (npm start)', 'npx', ['playwright', 'test', '--config', 'playwright.dev.config.ts'], {report: devReport, count: countPlaywright});

run('nginx (installed when missing)', 'node', ['scripts/nginx/serve.mjs', '--install-only']);
run('browser tests', 'npx', ['playwright', 'test'], {report: `${TMP}/e2e-results.json`, count: countPlaywright});

finish(totals.failed > 0 ? 1 : 0);
