import {budgetProblems, readBudgets} from '../../scripts/measure/budget.mjs';
import {measureFirstLoad} from '../../scripts/measure/first-load.mjs';
import {VIEWPORTS} from '../../scripts/measure/viewports.mjs';
import {expect, test, REPRESENTATIVE_PAGES, fullUnless} from './site';

const budgets = readBudgets();

// Byte budgets are deterministic for a build: what the browser fetches before the network is quiet,
// over gzip (budgets.json). Checked at the desktop width: every page loads the same bytes at 360 px
// (`npm run size` measures both widths and checks both against the budgets).
// `npm test` checks the representative pages and the search page; `npm run test:full` every page.
const CHECKED = [...REPRESENTATIVE_PAGES, '/search'];
for (const path of Object.keys(budgets.pages)) {
  test(`first load of ${path} stays within its byte budget @desktop${fullUnless(path, CHECKED)}`, async ({browser, baseURL}, testInfo) => {
    const viewport = testInfo.project.name as keyof typeof VIEWPORTS;
    const measured = await measureFirstLoad(browser, `${baseURL}${path}`, {
      ...VIEWPORTS[viewport],
      extraHTTPHeaders: {'Accept-Encoding': 'gzip'},
    });
    await testInfo.attach('first-load.json', {body: JSON.stringify(measured, null, 2), contentType: 'application/json'});
    expect(measured.files.filter((f) => f.status !== 200).map((f) => `${f.status} ${f.url}`)).toEqual([]);
    expect(
      measured.files.filter((f) => f.bytes > 1024 && f.encoding !== 'gzip').map((f) => f.url),
      'every sizeable file is sent compressed',
    ).toEqual([]);
    expect(budgetProblems(path, measured, budgets, viewport)).toEqual([]);
  });
}
