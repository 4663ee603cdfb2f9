/**
 * What a build is told from outside, read here and nowhere else (docusaurus.config.ts passes both to the site as
 * customFields; the README documents them):
 * - SITE_AS_OF=YYYY-MM-DD: the day the site speaks as of. Sources checked more than 90 days before it are marked
 *   «требует проверки» (src/data/standing.ts). Default: the day of the commit being built, so one commit always builds
 *   the same site.
 * - REPORT_TO: where «Сообщить об ошибке» sends a reader: a `mailto:` address, or an issue tracker's URL with `{title}`
 *   and `{body}` where the report goes. Unset: no report links at all.
 */
import {execFileSync} from 'node:child_process';
import {isRealDate} from './src/utils/dates';

export function siteAsOf(env: NodeJS.ProcessEnv = process.env, cwd: string = process.cwd()): string {
  const given = env['SITE_AS_OF'];
  if (given !== undefined && given !== '') {
    if (!isRealDate(given)) throw new Error(`SITE_AS_OF=${given}: write a real day as YYYY-MM-DD, e.g. SITE_AS_OF=2027-04-01`);
    return given;
  }
  try {
    return execFileSync('git', ['log', '-1', '--format=%cs'], {cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore']}).trim();
  } catch {
    throw new Error('SITE_AS_OF is not set and this folder is not a git checkout with a commit: set SITE_AS_OF=YYYY-MM-DD');
  }
}

export function reportTarget(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const target = env['REPORT_TO']?.trim();
  if (!target) return undefined;
  if (/^mailto:[^\s?@]+@[^\s?@]+(\?\S*)?$/.test(target)) return target;
  if (/^https?:\/\/\S+$/.test(target) && target.includes('{title}') && target.includes('{body}')) return target;
  throw new Error(
    `REPORT_TO=${target}: write a mailto: address (REPORT_TO=mailto:docs@example.org) or an issue tracker's URL with {title} and {body} (REPORT_TO='https://tracker.example/new?title={title}&body={body}')`,
  );
}
