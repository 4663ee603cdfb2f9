/**
 * The docs the site publishes, read from the docs plugin's loaded content in `allContentLoaded`: one place for the
 * plugins that need the pages (local search, the open data), since the content's shape is the docs plugin's own.
 */
import type {DocMetadata, LoadedContent as DocsContent} from '@docusaurus/plugin-content-docs';
import type {AllContent} from '@docusaurus/types';

type SidebarItem = {type: string; id?: string; items?: SidebarItem[]};

/** Doc ids in the sidebar's reading order. */
function sidebarOrder(items: readonly SidebarItem[]): string[] {
  return items.flatMap((item) => (item.type === 'doc' && item.id ? [item.id] : item.items ? sidebarOrder(item.items) : []));
}

/** The listed docs (unlisted ones left out) in the order Docusaurus loaded them, or in the sidebar's reading order. */
export function listedDocs(allContent: AllContent, order: 'loaded' | 'sidebar' = 'loaded'): DocMetadata[] {
  const version = (allContent['docusaurus-plugin-content-docs']?.default as DocsContent | undefined)?.loadedVersions[0];
  const docs = (version?.docs ?? []).filter((doc) => !doc.unlisted);
  if (order === 'loaded' || !version) return docs;
  const ids = Object.values(version.sidebars).flatMap((items) => sidebarOrder(items as SidebarItem[]));
  const rank = (id: string) => (ids.includes(id) ? ids.indexOf(id) : ids.length);
  return docs.sort((a, b) => rank(a.id) - rank(b.id));
}
