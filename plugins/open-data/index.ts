import {readFileSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import type {LoadContext, Plugin} from '@docusaurus/types';
import {markdownPathOf} from '../../src/utils/markdown-path';
import {builtPageFile} from '../links/built-file';
import {listedDocs} from '../listed-docs';
import {answersCsv, answersExport, answersJsonSchema} from './answers';
import {comparisonExport, comparisonJsonSchema} from './comparison';
import {llmsFullTxt, llmsTxt, type MarkdownPage} from './llms';
import {pageMarkdown} from './markdown';

const json = (data: unknown) => `${JSON.stringify(data, null, 2)}\n`;

/**
 * Open data written after the build, from src/data and the built pages: the ready answers for help desks
 * (./answers.ts), the comparison (./comparison.ts), every page as Markdown (./markdown.ts) and /llms.txt with
 * /llms-full.txt (./llms.ts). Each page's footer links its Markdown twin (src/theme/DocItem/Footer).
 */
export default function openDataPlugin(context: LoadContext): Plugin {
  let pages: {title: string; description: string; permalink: string}[] = [];
  return {
    name: 'open-data',
    async allContentLoaded({allContent}) {
      pages = listedDocs(allContent, 'sidebar').map(({title, description, permalink}) => ({title, description, permalink}));
    },
    postBuild({outDir}) {
      const site = new URL(context.baseUrl, context.siteConfig.url).href;
      const asOf = String(context.siteConfig.customFields?.['asOf']);
      writeFileSync(path.join(outDir, 'answers.json'), json(answersExport(site, asOf)));
      writeFileSync(path.join(outDir, 'answers.schema.json'), json(answersJsonSchema()));
      writeFileSync(path.join(outDir, 'answers.csv'), answersCsv(site));
      writeFileSync(path.join(outDir, 'comparison.json'), json(comparisonExport(site, asOf)));
      writeFileSync(path.join(outDir, 'comparison.schema.json'), json(comparisonJsonSchema()));

      const markdownPages: MarkdownPage[] = pages.map((page) => {
        const file = builtPageFile(outDir, page.permalink);
        if (!file) throw new Error(`[open-data] ${page.permalink} was not built: no HTML to write as Markdown`);
        const url = new URL(page.permalink, site).href;
        const markdownPath = markdownPathOf(page.permalink, context.baseUrl);
        const markdown = pageMarkdown({html: readFileSync(file, 'utf8'), url});
        writeFileSync(path.join(outDir, markdownPath), markdown);
        return {title: page.title, description: page.description, url, markdownUrl: new URL(markdownPath, site).href, markdown};
      });
      const llms = {title: context.siteConfig.title, tagline: context.siteConfig.tagline, site, pages: markdownPages};
      writeFileSync(path.join(outDir, 'llms.txt'), llmsTxt(llms));
      writeFileSync(path.join(outDir, 'llms-full.txt'), llmsFullTxt(llms));
    },
  };
}
