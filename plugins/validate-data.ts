import type {Plugin} from '@docusaurus/types';
import {answers} from '../src/data/answers';
import {changes} from '../src/data/changes';
import {chooser} from '../src/data/chooser';
import {comparison} from '../src/data/comparison';
import {assertValidAnswers, assertValidChanges, assertValidChooser, assertValidComparison, dataLinks} from '../src/data/validate';
import {BuiltSite} from './links/resolve';

/**
 * Fails `docusaurus build` (and `start`) when the data is invalid: the comparison, the change log, the
 * chooser's rules (every combination of answers leads to exactly one outcome) and the ready answers. After
 * the build, every link the chooser and the answers point at must lead to a page and an element that exist.
 */
export default function validateDataPlugin(): Plugin {
  return {
    name: 'validate-data',
    loadContent() {
      assertValidComparison(comparison);
      assertValidChanges(changes);
      assertValidChooser(chooser);
      assertValidAnswers(answers);
    },
    postBuild({outDir}) {
      const site = new BuiltSite(outDir);
      const broken = dataLinks(chooser, answers).flatMap(({link, where}) => {
        const problem = site.problemWith(link);
        return problem ? [`  - ${where}: "${link}" does not resolve (${problem})`] : [];
      });
      if (broken.length) throw new Error(`Links in the data that lead nowhere:\n${broken.join('\n')}`);
    },
  };
}
