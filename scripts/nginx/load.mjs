#!/usr/bin/env node
/**
 * `npm run load`: a bounded load on loopback against nginx serving the build with deploy/nginx's
 * configuration: autocannon, 10 s, 50 connections, a mix of pages, assets, the search index and a short
 * link (a 301), with Brotli/gzip accepted. Prints requests per second, latency and every status seen; exits 1
 * on any error or any answer outside 2xx/3xx. Options: --seconds 10 --connections 50 --url (an nginx already
 * running; default: start one for build/).
 * Also imported by tests/nginx/load.spec.ts: runLoad({url, seconds, connections}).
 */
import {readdirSync} from 'node:fs';
import path from 'node:path';
import {parseArgs} from 'node:util';
import autocannon from 'autocannon';

/** What a reader's visit asks for: pages, the hashed assets of the first load, the search index, a short link. */
export function requestMix(buildDir = path.resolve('build')) {
  const assets = (kind) =>
    readdirSync(path.join(buildDir, 'assets', kind))
      .filter((f) => /^(main|runtime~main|styles)\.[0-9a-f]+\.(js|css)$/.test(f))
      .map((f) => `/assets/${kind}/${f}`);
  const pages = [
    '/',
    '/whatsapp',
    '/whatsapp-business',
    '/whatsapp-business-api',
    '/integrations',
    '/glossary',
    '/changes',
    '/choose',
    '/russia',
    '/answers',
  ];
  return [...pages, ...assets('js'), ...assets('css'), '/search-index.json', '/go/api-price', '/img/logo.svg'];
}

/** @param {{url: string, seconds?: number, connections?: number, buildDir?: string}} options */
export async function runLoad({url, seconds = 10, connections = 50, buildDir}) {
  const paths = requestMix(buildDir);
  const result = await autocannon({
    url,
    connections,
    duration: seconds,
    headers: {'accept-encoding': 'br, gzip'},
    requests: paths.map((p) => ({method: 'GET', path: p})),
  });
  const statuses = Object.fromEntries(Object.entries(result.statusCodeStats ?? {}).map(([code, {count}]) => [code, count]));
  const bad = Object.entries(statuses).filter(([code]) => !/^[23]\d\d$/.test(code));
  return {
    paths,
    requestsPerSecond: result.requests.average,
    requests: result.requests.total,
    latencyP50: result.latency.p50,
    latencyP99: result.latency.p99,
    errors: result.errors,
    timeouts: result.timeouts,
    statuses,
    badAnswers: bad.reduce((n, [, count]) => n + count, 0),
    seconds,
    connections,
  };
}

export function describeLoad(r) {
  return (
    `${r.requests} requests in ${r.seconds} s over ${r.connections} connections: ${Math.round(r.requestsPerSecond)} requests/s, ` +
    `latency p50 ${r.latencyP50} ms, p99 ${r.latencyP99} ms; errors ${r.errors}, timeouts ${r.timeouts}; ` +
    `statuses ${Object.entries(r.statuses)
      .map(([c, n]) => `${c}×${n}`)
      .join(', ')} (${r.paths.length} paths in the mix)`
  );
}

async function main() {
  const {values} = parseArgs({
    options: {seconds: {type: 'string', default: '10'}, connections: {type: 'string', default: '50'}, url: {type: 'string'}},
  });
  let nginx;
  if (!values.url) {
    const {startNginx} = await import('./serve.mjs');
    nginx = await startNginx({});
  }
  const result = await runLoad({url: values.url ?? nginx.url, seconds: Number(values.seconds), connections: Number(values.connections)});
  await nginx?.stop();
  console.log(describeLoad(result));
  process.exit(result.errors || result.timeouts || result.badAnswers ? 1 : 0);
}

// No import.meta here: the tests import this module too.
if (process.argv[1]?.endsWith(path.join('scripts', 'nginx', 'load.mjs'))) {
  main().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
