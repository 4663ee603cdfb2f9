import {comparison} from '../comparison';
import {comparisonProblems} from '../validate';

it('the site data is valid', () => {
  expect(comparisonProblems(comparison)).toEqual([]);
});
