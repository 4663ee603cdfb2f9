import {readdirSync, readFileSync} from 'node:fs';
import path from 'node:path';
import type {SearchBase} from '../../src/search/index-format';
import {SiteCopy} from '../site-copy';
import {openFiles} from '../links/open-files';
import {INDEX_FILE} from './open-index';

/**
 * What `npm start` serves from a production build: the search index and its shards, and the files published beside
 * the pages (their Markdown, /llms.txt, the open data, /opensearch.xml). The dev server renders pages in the browser
 * only, so there is no HTML to index or to write as Markdown; this builds the production site in a throwaway copy
 * (its own `.docusaurus` and `build`, the shared node_modules and build cache) and keeps that build's files in memory
 * by URL path: the same code, so the same results as production. It builds once when the server starts and again
 * after docs or data change (one build at a time; changes made during a build start one more). Requests made while
 * it builds wait for it.
 */
export class DevBuild {
  private files: Map<string, string> | undefined;
  private failure: string | undefined;
  private building: Promise<void> | undefined;
  private again = false;
  /** The build under way, so that stopping the dev server also stops it and removes its copy. */
  private running: {copy: SiteCopy; abort: AbortController} | undefined;

  constructor(
    private readonly siteDir: string,
    private readonly baseUrl: string,
    private readonly log: (message: string) => void = (message) => console.log(message),
  ) {
    // Docusaurus ends the dev server with process.exit() on Ctrl+C and SIGTERM: leave no build and no copy behind.
    process.once('exit', () => {
      this.running?.abort.abort();
      this.running?.copy.remove();
    });
  }

  /** Starts a build, or queues one more if a build is running (so the newest edit is always indexed). */
  refresh(): void {
    if (this.building) {
      this.again = true;
      return;
    }
    this.building = this.build().finally(() => {
      this.building = undefined;
      if (this.again) {
        this.again = false;
        this.refresh();
      }
    });
  }

  /** The build's files by URL path once a build has finished; waits for a running build first. */
  async current(): Promise<{files: ReadonlyMap<string, string>} | {error: string}> {
    while (this.building) await this.building;
    if (this.files !== undefined) return {files: this.files};
    return {error: this.failure ?? 'the background production build has not finished'};
  }

  private async build(): Promise<void> {
    const started = Date.now();
    const copy = new SiteCopy(this.siteDir, 'search-index-');
    const abort = new AbortController();
    this.running = {copy, abort};
    try {
      const {code, output} = await copy.build(abort.signal);
      if (code !== 0) {
        this.failure = `the background production build (search index, Markdown, open data) failed:\n${output.slice(-4000)}`;
        this.log(`[local-search] ${this.failure}`);
        return;
      }
      const build = path.join(copy.dir, 'build');
      const base = readFileSync(path.join(build, INDEX_FILE), 'utf8');
      const files = new Map([[`${this.baseUrl}${INDEX_FILE}`, base]]);
      for (const name of readdirSync(path.join(build, 'assets/search'))) {
        if (name.endsWith('.json')) files.set(`${this.baseUrl}assets/search/${name}`, readFileSync(path.join(build, 'assets/search', name), 'utf8'));
      }
      // The files published beside the pages (each page's Markdown, /llms.txt, /answers.json…): written after a build only.
      for (const name of openFiles(build)) files.set(`${this.baseUrl}${name}`, readFileSync(path.join(build, name), 'utf8'));
      this.files = files;
      this.failure = undefined;
      const {documentCount} = JSON.parse(base) as SearchBase;
      this.log(`[local-search] search index ready: ${documentCount} documents in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    } finally {
      this.running = undefined;
      copy.remove();
    }
  }
}
