import {writeFileSync} from 'node:fs';
import path from 'node:path';
import type {LoadContext, Plugin} from '@docusaurus/types';
import {answersCsv, answersExport, answersJsonSchema} from './answers';

/** Open data written after the build, from src/data: the ready answers for help desks (./answers.ts). */
export default function openDataPlugin(context: LoadContext): Plugin {
  return {
    name: 'open-data',
    postBuild({outDir}) {
      const site = context.siteConfig.url + context.baseUrl;
      writeFileSync(path.join(outDir, 'answers.json'), `${JSON.stringify(answersExport(site), null, 2)}\n`);
      writeFileSync(path.join(outDir, 'answers.schema.json'), `${JSON.stringify(answersJsonSchema(), null, 2)}\n`);
      writeFileSync(path.join(outDir, 'answers.csv'), answersCsv(site));
    },
  };
}
