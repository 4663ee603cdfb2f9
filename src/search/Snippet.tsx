import {Fragment, type ReactElement} from 'react';
import type {SearchHit} from './types';

/** The text around the match; matched words in <mark>. Text only: React escapes it, so no markup gets through. */
export default function Snippet({parts}: {parts: SearchHit['snippet']}): ReactElement {
  return <>{parts.map((part, i) => (part.mark ? <mark key={i}>{part.text}</mark> : <Fragment key={i}>{part.text}</Fragment>))}</>;
}
