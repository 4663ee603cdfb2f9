import type {ReactElement} from 'react';
import type {Source} from '@site/src/data/schema';
import {SOURCES, type SourceKey} from '@site/src/data/sources';
import {SourceCitation} from './SourceCitation';

export {SourceCitation, type Citation} from './SourceCitation';

/** A source by its key in src/data/sources.ts: for the data's components (table cells, changes, answers, chooser). */
export default function SourceLink({source: key}: {source: SourceKey}): ReactElement {
  // Looked up here (not through citationOf), so tests that add entries to SOURCES render them too.
  const source: Source = SOURCES[key];
  return <SourceCitation {...source} />;
}
