/**
 * The rule for a page's `last_checked` front matter: a real day written as YYYY-MM-DD, not in the future.
 * Checked once, when the site builds or starts (plugins/validate-data.ts); the footer only shows it, so a
 * reader whose clock is behind never meets this rule.
 */
import {isRealDate} from '../utils/dates';

/** YAML turns an unquoted 2026-11-25 into a Date; both spellings mean the same day. */
export function lastCheckedOf(frontMatter: Record<string, unknown>): unknown {
  const raw = frontMatter['last_checked'];
  return raw instanceof Date ? raw.toISOString().slice(0, 10) : raw;
}

/** The problem with a page's `last_checked`, or undefined when it is fine. */
export function lastCheckedProblem(value: unknown, now: string): string | undefined {
  if (value === undefined)
    return `front matter "last_checked" is missing: write the day the page's facts were checked, as last_checked: 'YYYY-MM-DD'`;
  if (typeof value !== 'string' || !isRealDate(value))
    return `front matter "last_checked" must be a real day written as YYYY-MM-DD (got ${JSON.stringify(value)})`;
  if (value > now) return `front matter "last_checked" ${value} is in the future (today is ${now})`;
  return undefined;
}
