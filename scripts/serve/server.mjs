#!/usr/bin/env node
/**
 * The static server the tests, the benchmark and `npm run serve` use: precompressed Brotli and gzip
 * (run precompress.mjs after the build), a year of caching for hashed assets, revalidation by ETag for
 * everything else, and the site's own 404.html with status 404.
 * Usage: node scripts/serve/server.mjs [--dir build] [--port 4173] [--host 127.0.0.1]
 */
import {existsSync, readFileSync} from 'node:fs';
import {createServer} from 'node:http';
import {join, resolve} from 'node:path';
import {parseArgs} from 'node:util';
import sirv from 'sirv';
import {mediaTypeFor} from './media-types.mjs';
import {cacheControlFor, REVALIDATE} from './cache-policy.mjs';

function notFoundPage(dir) {
  const variants = {identity: join(dir, '404.html'), gzip: join(dir, '404.html.gz'), br: join(dir, '404.html.br')};
  if (!existsSync(variants.identity)) throw new Error(`${dir} has no 404.html: build the site first`);
  const bodies = Object.fromEntries(
    Object.entries(variants)
      .filter(([, path]) => existsSync(path))
      .map(([encoding, path]) => [encoding, readFileSync(path)]),
  );
  return (req, res) => {
    const accepted = req.headers['accept-encoding'] ?? '';
    const encoding = bodies.br && /\bbr\b/.test(accepted) ? 'br' : bodies.gzip && /\bgzip\b/.test(accepted) ? 'gzip' : 'identity';
    res.writeHead(404, {
      'Content-Type': 'text/html;charset=utf-8',
      'Content-Length': bodies[encoding].length,
      'Cache-Control': REVALIDATE,
      Vary: 'Accept-Encoding',
      ...(encoding === 'identity' ? {} : {'Content-Encoding': encoding}),
    });
    res.end(req.method === 'HEAD' ? undefined : bodies[encoding]);
  };
}

export function startServer({dir = 'build', port = 4173, host = '127.0.0.1'} = {}) {
  const root = resolve(dir);
  const notFound = notFoundPage(root);
  const serveFile = sirv(root, {
    gzip: true,
    brotli: true,
    etag: true,
    dotfiles: false,
    setHeaders: (res, pathname) => {
      res.setHeader('Cache-Control', cacheControlFor(pathname));
      const type = mediaTypeFor(pathname);
      if (type) res.setHeader('Content-Type', type);
    },
  });
  const server = createServer((req, res) => serveFile(req, res, () => notFound(req, res)));
  return new Promise((done, fail) => {
    server.once('error', fail);
    server.listen(port, host, () => done({server, url: `http://${host}:${server.address().port}`}));
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const {values} = parseArgs({options: {dir: {type: 'string'}, port: {type: 'string'}, host: {type: 'string'}}});
  const {url} = await startServer({dir: values.dir, port: Number(values.port ?? 4173), host: values.host});
  console.log(`serving ${values.dir ?? 'build'} at ${url}`);
}
