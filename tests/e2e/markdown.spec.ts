import {expect, test, openApp, watchPage} from './site';

test.beforeEach(async ({context, baseURL}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], {origin: baseURL});
});

test('«Скопировать как Markdown» copies the page’s Markdown, fetched on the click and never on page view; the link opens it', async ({
  page,
  baseURL,
}) => {
  const problems = watchPage(page, baseURL!);
  const markdownRequests: string[] = [];
  page.on('request', (request) => {
    if (new URL(request.url()).pathname.endsWith('.md')) markdownRequests.push(request.url());
  });
  await openApp(page, '/whatsapp-business-api');
  const expected = await (await page.request.get('/whatsapp-business-api.md')).text();
  expect(markdownRequests, 'nothing of the Markdown loads on page view').toEqual([]);

  const copy = page.getByRole('button', {name: 'Скопировать как Markdown'});
  await copy.scrollIntoViewIfNeeded();
  await copy.click();
  await expect(page.locator('#site-live-region')).toHaveText('Markdown страницы скопирован');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(expected);
  expect(expected).toMatch(/^# WhatsApp Business API/);
  expect(markdownRequests).toEqual([`${baseURL}/whatsapp-business-api.md`]);
  expect(problems).toEqual([]);

  const open = page.getByRole('link', {name: 'Открыть страницу в Markdown'});
  await expect(open).toHaveAttribute('href', '/whatsapp-business-api.md');
  const [response] = await Promise.all([page.waitForResponse((r) => r.url().endsWith('/whatsapp-business-api.md')), open.click()]);
  expect(response.headers()['content-type']).toBe('text/markdown; charset=utf-8');
});
