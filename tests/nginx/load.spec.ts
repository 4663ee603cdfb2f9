import {expect, test} from '@playwright/test';
import {describeLoad, runLoad} from '../../scripts/nginx/load.mjs';

// A bounded load on loopback: 10 s, 50 connections, pages, assets, the search index and a 301 in turn.
test('10 s of 50 connections: no error, no timeout, no answer outside 2xx/3xx @full', async ({baseURL}, testInfo) => {
  test.setTimeout(60_000);
  const result = await runLoad({url: baseURL!, seconds: 10, connections: 50});
  const summary = describeLoad(result);
  console.log(`[load] ${summary}`);
  testInfo.annotations.push({type: 'load', description: summary});
  expect(result.requests, 'requests were made').toBeGreaterThan(1000);
  expect({errors: result.errors, timeouts: result.timeouts, badAnswers: result.badAnswers}).toEqual({errors: 0, timeouts: 0, badAnswers: 0});
  expect(Object.keys(result.statuses).sort()).toEqual(['200', '301']);
});
