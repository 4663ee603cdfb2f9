import {expect, test} from '@playwright/test';
import {budgetProblems, readBudgets} from '../../scripts/measure/budget.mjs';
import {measureFirstLoad} from '../../scripts/measure/first-load.mjs';
import {VIEWPORTS} from '../../scripts/measure/viewports.mjs';

const budgets = readBudgets();

// Byte budgets are deterministic for a build: what the browser fetches before the network is quiet,
// over gzip, at each project's width (budgets.json; `npm run size` prints the same figures).
for (const path of Object.keys(budgets.pages)) {
  test(`first load of ${path} stays within its byte budget`, async ({browser, baseURL}, testInfo) => {
    const viewport = testInfo.project.name as keyof typeof VIEWPORTS;
    const measured = await measureFirstLoad(browser, `${baseURL}${path}`, {
      ...VIEWPORTS[viewport],
      extraHTTPHeaders: {'Accept-Encoding': 'gzip'},
    });
    await testInfo.attach('first-load.json', {body: JSON.stringify(measured, null, 2), contentType: 'application/json'});
    expect(measured.files.filter((f) => f.status !== 200).map((f) => `${f.status} ${f.url}`)).toEqual([]);
    expect(measured.files.filter((f) => f.bytes > 1024 && f.encoding !== 'gzip').map((f) => f.url), 'every sizeable file is sent compressed').toEqual([]);
    expect(budgetProblems(path, measured, budgets, viewport)).toEqual([]);
  });
}
