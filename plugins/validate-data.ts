import type {Plugin} from '@docusaurus/types';
import {changes} from '../src/data/changes';
import {comparison} from '../src/data/comparison';
import {assertValidChanges, assertValidComparison} from '../src/data/validate';

/** Fails `docusaurus build` (and `start`) when the comparison or change-log data is invalid. */
export default function validateDataPlugin(): Plugin {
  return {
    name: 'validate-data',
    loadContent() {
      assertValidComparison(comparison);
      assertValidChanges(changes);
    },
  };
}
