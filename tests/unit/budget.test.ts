import {mkdtempSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {PAGES} from '../e2e/site';
import {describe, expect, it} from 'vitest';
import {budgetProblems, readBudgets} from '../../scripts/measure/budget.mjs';

const budgets = {
  pages: {'/': {total: 800, js: 500, css: 100, requests: 5}, '/a': {total: 900, js: 600, css: 100, requests: 6}},
};
const within = {total: 700, js: 400, css: 100, requests: 5};

function budgetFile(content: unknown): string {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'budget-')), 'budgets.json');
  writeFileSync(file, JSON.stringify(content));
  return file;
}

describe('byte budgets', () => {
  it('passes a page within every figure', () => {
    expect(budgetProblems('/a', within, budgets)).toEqual([]);
  });

  it('names the page, the viewport, the figure, the measured value and the budget', () => {
    expect(budgetProblems('/a', {...within, js: 650, requests: 7}, budgets, 'phone')).toEqual([
      '/a (phone): js 650 bytes is over the budget of 600 (+50)',
      '/a (phone): requests 7 requests is over the budget of 6 (+1)',
    ]);
  });

  it('reports a page that has no budget instead of passing it', () => {
    expect(budgetProblems('/new-page', within, budgets)).toEqual(['/new-page: no budget in budgets.json; add one (total, js, css, requests)']);
  });

  it('rejects a budget file with a missing or non-numeric figure, naming the page and figure', () => {
    const file = budgetFile({...budgets, pages: {'/': {total: 800, js: 500, css: 100}}});
    expect(() => readBudgets(file)).toThrow(`${file}: page "/" needs a positive whole number for "requests"`);
  });

  it('reads the repository budget file, which covers every published page and the search page', () => {
    const {pages} = readBudgets();
    expect(Object.keys(pages).sort()).toEqual([...PAGES.map((p) => p.path), '/search'].sort());
  });
});
