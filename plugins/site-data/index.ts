import path from 'node:path';
import {loadFreshModule} from '@docusaurus/utils';
import type {LoadContext, Plugin} from '@docusaurus/types';
import type {SiteView} from '../../src/data/site-view';

/**
 * Writes the data the components show (src/data/site-view.ts) as of the site's «as of» day, one JSON module per
 * component: `@generated/site-data/default/<name>.json`, read through src/data/view/. A page's JavaScript so carries
 * only the citations its component shows, never the sources register. In `npm start`, an edit under src/data
 * rewrites them (the data is loaded fresh each time).
 */
export default function siteDataPlugin(context: LoadContext): Plugin<SiteView> {
  const asOf = String(context.siteConfig.customFields?.['asOf']);
  return {
    name: 'site-data',
    getPathsToWatch: () => [path.join(context.siteDir, 'src/data/**/*.ts')],
    async loadContent() {
      const load = (await loadFreshModule(path.join(context.siteDir, 'plugins/site-data/load.ts'))) as (asOf: string) => SiteView;
      return load(asOf);
    },
    async contentLoaded({content, actions}) {
      await Promise.all(Object.entries(content).map(([name, data]) => actions.createData(`${name}.json`, JSON.stringify(data))));
    },
  };
}
