import {execFile} from 'node:child_process';
import {cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {promisify} from 'node:util';
import {siteAsOf} from '../site-settings';

const run = promisify(execFile);
/** Everything at the root but generated output, dependencies and tests, so new config files come along. */
const NOT_COPIED = new Set(['node_modules', 'build', '.docusaurus', '.git', '.tmp', 'test-results', 'playwright-report', 'tests']);

/**
 * A throwaway copy of the site (sharing node_modules) that can be built without touching the working tree's
 * `.docusaurus` and `build`: the build guards break an edit in one, and `npm start` builds the search index in one.
 */
export class SiteCopy {
  readonly dir: string;
  /** The original's «as of» day: the copy has no .git to take the commit's date from (site-settings.ts). */
  private readonly asOf: string;

  /**
   * @param root the site to copy (the repository root)
   * @param withTests copy `tests/` too, to run the site's own checks in the copy
   */
  constructor(
    private readonly root: string,
    prefix = 'site-copy-',
    {withTests = false}: {withTests?: boolean} = {},
  ) {
    this.asOf = siteAsOf(process.env, root);
    this.dir = mkdtempSync(path.join(tmpdir(), prefix));
    for (const part of readdirSync(root)) {
      if (!NOT_COPIED.has(part) || (withTests && part === 'tests')) cpSync(path.join(root, part), path.join(this.dir, part), {recursive: true});
    }
    symlinkSync(path.join(root, 'node_modules'), path.join(this.dir, 'node_modules'), 'dir');
  }

  /** Replaces text in a file of the copy; fails if the text is not there, so the test cannot go stale silently. */
  edit(file: string, from: string | RegExp, to: string): void {
    const target = path.join(this.dir, file);
    const before = readFileSync(target, 'utf8');
    const after = before.replace(from, to);
    if (after === before) throw new Error(`${file}: nothing matched ${String(from)}`);
    writeFileSync(target, after);
  }

  /** Writes a new file in the copy. */
  write(file: string, text: string): void {
    writeFileSync(path.join(this.dir, file), text);
  }

  /** Runs the production build; resolves with its exit code and combined output. `signal` stops it. */
  build(signal?: AbortSignal): Promise<{code: number; output: string}> {
    return this.docusaurus(['build', '--out-dir', 'build'], signal);
  }

  /** Runs a `docusaurus` command in the copy; resolves with its exit code and combined output. */
  docusaurus(args: string[], signal?: AbortSignal): Promise<{code: number; output: string}> {
    return this.run('docusaurus', args, {signal});
  }

  /** Runs a command in the copy (a binary of node_modules/.bin by its name); resolves with its exit code and combined output. */
  async run(
    command: string,
    args: string[],
    {signal, env}: {signal?: AbortSignal; env?: Record<string, string>} = {},
  ): Promise<{code: number; output: string}> {
    const binary = path.isAbsolute(command) ? command : path.join(this.root, 'node_modules/.bin', command);
    try {
      const {stdout, stderr} = await run(binary, args, {
        cwd: this.dir,
        signal,
        maxBuffer: 64 * 1024 * 1024,
        env: {...process.env, SITE_AS_OF: this.asOf, FORCE_COLOR: '0', NO_COLOR: '1', ...env},
      });
      return {code: 0, output: stdout + stderr};
    } catch (error) {
      const e = error as {code?: number; stdout?: string; stderr?: string};
      return {code: typeof e.code === 'number' ? e.code : 1, output: `${e.stdout ?? ''}${e.stderr ?? ''}`};
    }
  }

  remove(): void {
    rmSync(this.dir, {recursive: true, force: true});
  }
}
