import type {LoadedContent as DocsContent} from '@docusaurus/plugin-content-docs';
import type {Plugin} from '@docusaurus/types';
import {answers} from '../src/data/answers';
import {changes} from '../src/data/changes';
import {chooser} from '../src/data/chooser';
import {comparison} from '../src/data/comparison';
import {corrections} from '../src/data/corrections';
import {lastCheckedOf, lastCheckedProblem} from '../src/data/last-checked';
import {SOURCES} from '../src/data/sources';
import {
  assertValidAnswers,
  assertValidChanges,
  assertValidCorrections,
  assertValidChooser,
  assertValidComparison,
  assertValidSources,
  dataLinks,
  today,
} from '../src/data/validate';
import {BuiltSite} from './links/resolve';

/**
 * Fails `docusaurus build` (and `start`) when the data is invalid: the sources (a checked date in the future,
 * an unknown fact), the comparison, the change log and the corrections, the chooser's rules (every combination of answers leads to
 * exactly one outcome), the ready answers, and each page's `last_checked`. After the build, every link the
 * chooser and the answers point at must lead to a page and an element that exist.
 */
export default function validateDataPlugin(): Plugin {
  return {
    name: 'validate-data',
    loadContent() {
      assertValidSources(SOURCES);
      assertValidComparison(comparison);
      assertValidChanges(changes);
      assertValidCorrections(corrections);
      assertValidChooser(chooser);
      assertValidAnswers(answers);
    },
    allContentLoaded({allContent}) {
      const docs =
        (allContent['docusaurus-plugin-content-docs']?.['default'] as DocsContent | undefined)?.loadedVersions.flatMap((v) => v.docs) ?? [];
      const now = today();
      const problems = docs.flatMap((doc) => {
        const problem = lastCheckedProblem(lastCheckedOf(doc.frontMatter as Record<string, unknown>), now);
        return problem ? [`  - ${doc.source.replace(/^@site\//, '')}: ${problem}`] : [];
      });
      if (problems.length) throw new Error(`Page dates that cannot be shown:\n${problems.join('\n')}`);
    },
    postBuild({outDir}) {
      const broken = brokenDataLinks(new BuiltSite(outDir));
      if (broken.length) throw new Error(`Links in the data that lead nowhere:\n${broken.join('\n')}`);
    },
  };
}

/** Every link of the chooser and the ready answers that leads to no page or element of the built site, naming its place. */
export function brokenDataLinks(site: BuiltSite, data: {chooser: typeof chooser; answers: typeof answers} = {chooser, answers}): string[] {
  return dataLinks(data.chooser, data.answers).flatMap(({link, where}) => {
    const problem = site.problemWith(link);
    return problem ? [`  - ${where}: "${link}" does not resolve (${problem})`] : [];
  });
}
