/**
 * How firm and how fresh a statement is, from the citations it rests on. The site's «as of» day (site-settings.ts)
 * decides freshness once, at build time: a source checked more than STALE_AFTER_DAYS before it is `stale`, and
 * everything that cites it says «требует проверки». Plain functions: safe in the browser.
 */
import {firmnessOf, type Firmness} from './firmness';
import type {Citation} from './schema';

export const STALE_AFTER_DAYS = 90;

/** Days from `checked` to `asOf`, both YYYY-MM-DD. */
export function ageInDays(checked: string, asOf: string): number {
  return Math.round((Date.parse(`${asOf}T00:00:00Z`) - Date.parse(`${checked}T00:00:00Z`)) / 86_400_000);
}

export function isStale(checked: string, asOf: string): boolean {
  return ageInDays(checked, asOf) > STALE_AFTER_DAYS;
}

export interface Standing {
  /** The firmest of the sources; undefined without sources. */
  firmness?: Firmness;
  /** The oldest check among the stale sources, when any is stale. */
  staleSince?: string;
}

export function standingOf(citations: readonly Citation[]): Standing {
  const firmness = firmnessOf(citations);
  const staleSince = citations
    .filter((citation) => citation.stale)
    .map((citation) => citation.checked)
    .sort()[0];
  return {...(firmness ? {firmness} : {}), ...(staleSince ? {staleSince} : {})};
}
