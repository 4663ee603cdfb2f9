import {existsSync} from 'node:fs';
import path from 'node:path';

/**
 * The HTML file a route was built to, or undefined: "/x" → x.html or x/index.html (trailingSlash: false writes
 * the first, redirect pages the second), "/" → index.html.
 */
export function builtPageFile(outDir: string, route: string): string | undefined {
  const clean = route.replace(/^\/+|\/+$/g, '');
  const candidates = clean === '' ? ['index.html'] : [`${clean}.html`, path.join(clean, 'index.html')];
  return candidates.map((c) => path.join(outDir, c)).find((file) => existsSync(file));
}
