import {readFileSync} from 'node:fs';
import type {Plugin} from '@docusaurus/types';
import {load} from 'cheerio';
import {builtPageFile} from './links/built-file';

/** Duplicate ids in one HTML document, each naming both elements: `id "x": <h2> «Цены» and <aside> «…»`. */
export function duplicateIds(html: string): string[] {
  const $ = load(html);
  const first = new Map<string, string>();
  const problems: string[] = [];
  $('[id]').each((_, element) => {
    const id = $(element).attr('id')!;
    const text = $(element).text().replace(/\s+/g, ' ').trim().slice(0, 60);
    const where = `<${element.tagName}> «${text}»`;
    const earlier = first.get(id);
    if (earlier) problems.push(`id "${id}": ${earlier} and ${where}`);
    else first.set(id, where);
  });
  return problems;
}

/** Fails the build when a page has two elements with one id: a link to it would be ambiguous. */
export default function uniqueIdsPlugin(): Plugin {
  return {
    name: 'unique-ids',
    postBuild({outDir, routesPaths}) {
      const problems = routesPaths.flatMap((route) => {
        const file = builtPageFile(outDir, route);
        return file ? duplicateIds(readFileSync(file, 'utf8')).map((p) => `${route}: ${p}`) : [];
      });
      if (problems.length) throw new Error(`Duplicate ids (links to them would be ambiguous):\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    },
  };
}
