import type {Plugin} from '@docusaurus/types';
import {hasApp, rewriteBuiltPages} from './links/built-file';

/** Docusaurus's entry scripts as its HTML minifier writes them: `<script src=/assets/js/main.abc.js defer></script>`. */
const ENTRY_SCRIPT = /<script src="?(\/[^"\s>]+\.js)"? defer><\/script>/g;

/** The id of the list of entry scripts a page starts: data (a JSON script block), which the browser never runs. */
export const SCRIPT_LIST_ID = '__scripts-after-paint';

/** The page's entry scripts, in order, as data for the loader. */
export function scriptList(sources: readonly string[]): string {
  return `<script type="application/json" id="${SCRIPT_LIST_ID}">${JSON.stringify(sources)}</script>`;
}

/**
 * The inline loader that replaces them. Every page is complete HTML that reads without JavaScript, so the
 * browser first spends the network and the CPU on showing it, and starts the scripts that make it
 * interactive (in order, as `defer` would) once the first contentful paint is on screen. A page in a
 * background tab paints nothing, and a browser without paint timing cannot tell: there they start at once;
 * and if no paint is reported within 3 s they start anyway.
 * The same text on every page of every build (the script names are read from the page's list): its hash in the
 * Content-Security-Policy does not change when content does.
 */
export const LOADER =
  '<script>(function(){var started=false;function load(){if(started)return;started=true;' +
  `JSON.parse(document.getElementById("${SCRIPT_LIST_ID}").textContent).forEach(function(src){var s=document.createElement("script");s.src=src;s.async=false;document.head.appendChild(s)})}` +
  'if(document.visibilityState!=="visible"||!window.PerformanceObserver)return load();' +
  'try{new PerformanceObserver(function(list){if(list.getEntriesByName("first-contentful-paint").length)load()}).observe({type:"paint",buffered:true})}catch(e){return load()}' +
  'setTimeout(load,3000)})()</script>';

/** Returns the page with its entry scripts moved behind the first paint, or throws naming what is missing. */
export function moveScriptsAfterPaint(html: string, where: string): string {
  const sources = [...html.matchAll(ENTRY_SCRIPT)].map((match) => match[1]!);
  if (!sources.length) {
    if (!hasApp(html)) return html; // a redirect page: no app to start
    throw new Error(
      `${where}: no entry <script src=… defer> found; Docusaurus changed how it writes them: see UPGRADING.md «Scripts start after the first paint»`,
    );
  }
  if (!html.includes('</body>')) throw new Error(`${where}: no </body> to put the script loader before`);
  return html.replace(ENTRY_SCRIPT, '').replace('</body>', `${scriptList(sources)}${LOADER}</body>`);
}

export default function scriptsAfterPaintPlugin(): Plugin {
  return {
    name: 'scripts-after-paint',
    postBuild({outDir, routesPaths}) {
      rewriteBuiltPages(outDir, routesPaths, moveScriptsAfterPaint);
    },
  };
}
