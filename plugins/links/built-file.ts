import {existsSync, readFileSync, readdirSync, writeFileSync} from 'node:fs';
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

/** Every HTML file of a built site (pages, redirect pages, 404.html), leaving out the hashed assets/. */
export function builtHtmlFiles(dir: string): string[] {
  return readdirSync(dir, {withFileTypes: true}).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'assets' ? [] : builtHtmlFiles(full);
    return entry.name.endsWith('.html') ? [full] : [];
  });
}

/**
 * Rewrites every page the build wrote for a route, and 404.html, with `transform(html, file relative to outDir)`:
 * for postBuild steps that change the built HTML.
 */
export function rewriteBuiltPages(outDir: string, routesPaths: readonly string[], transform: (html: string, where: string) => string): void {
  const files = new Set(routesPaths.map((route) => builtPageFile(outDir, route)));
  files.add(path.join(outDir, '404.html'));
  for (const file of files) {
    if (file && existsSync(file)) writeFileSync(file, transform(readFileSync(file, 'utf8'), path.relative(outDir, file)));
  }
}

/** True for a page that runs the Docusaurus app (not a redirect page): its root element, quoted or not. */
export function hasApp(html: string): boolean {
  return /\bid="?__docusaurus\b/.test(html);
}
