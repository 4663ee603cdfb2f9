/**
 * Byte budgets for the first load of each page (budgets.json). Compressed bytes as served over gzip,
 * the encoding every browser accepts.
 */
import {readFileSync} from 'node:fs';

export const BUDGET_FILE = 'budgets.json';
export const FIGURES = ['total', 'js', 'css', 'requests'];

export function readBudgets(file = BUDGET_FILE) {
  const budgets = JSON.parse(readFileSync(file, 'utf8'));
  const {pages} = budgets;
  for (const [path, budget] of Object.entries(pages ?? {})) {
    for (const figure of FIGURES) {
      if (!Number.isInteger(budget[figure]) || budget[figure] <= 0) {
        throw new Error(`${file}: page "${path}" needs a positive whole number for "${figure}"`);
      }
    }
  }
  return budgets;
}

/** Every figure of `measured` that is over its budget, as a sentence naming the page and the figure. */
export function budgetProblems(path, measured, {pages}, label = '') {
  const budget = pages[path];
  if (!budget) return [`${path}: no budget in ${BUDGET_FILE}; add one (total, js, css, requests)`];
  const where = label ? `${path} (${label})` : path;
  const unit = (figure) => (figure === 'requests' ? 'requests' : 'bytes');
  return FIGURES.filter((figure) => measured[figure] > budget[figure]).map(
    (figure) =>
      `${where}: ${figure} ${measured[figure]} ${unit(figure)} is over the budget of ${budget[figure]} (+${measured[figure] - budget[figure]})`,
  );
}
