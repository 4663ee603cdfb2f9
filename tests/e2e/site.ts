import type {Page} from '@playwright/test';

/** Every published page. The URL scheme is a contract: these paths never change. */
export const PAGES = [
  {path: '/', hasTable: true, hasCallout: true},
  {path: '/whatsapp', hasTable: true, hasCallout: true},
  {path: '/whatsapp-business', hasTable: true, hasCallout: true},
  {path: '/whatsapp-business-api', hasTable: true, hasCallout: true},
  {path: '/integrations', hasTable: true, hasCallout: true},
  {path: '/glossary', hasTable: false, hasCallout: false},
  {path: '/changes', hasTable: false, hasCallout: false},
] as const;

/** Collects console errors, page errors and any request that leaves the local server. */
export function watchPage(page: Page, origin: string) {
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:')) {
      problems.push(`request to another host: ${url}`);
    }
  });
  return problems;
}
