#!/usr/bin/env node
/**
 * `npm run serve`: the built site behind Debian's nginx, configured by deploy/nginx (see scripts/nginx/config.ts), on a
 * loopback port, as it ships; the browser tests, the size measure and Lighthouse use it too. Builds first when build/ is missing (--no-build: never),
 * installs nginx with apt-get when it is missing, prints the address and stops nginx on Ctrl+C.
 * Options: --port 8080 (default: a free one), --dir build, --no-build, --install-only (make sure nginx is
 * installed, then exit: `npm test` does this before its browser tests), --config DIR (serve the headers and
 * redirects rendered earlier into DIR by `npm run nginx:config`, as a deployment does; refuses to start when
 * their Content-Security-Policy does not match the build).
 * Also imported by the tests: startNginx({dir, port, config}) → {url, csp, stop()}.
 */
import {execFileSync, spawn, spawnSync} from 'node:child_process';
import {existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import {parseArgs} from 'node:util';
import {tsImport} from 'tsx/esm/api';
import {freePort} from '../serve/free-port.mjs';

const ROOT = path.resolve(import.meta.dirname, '../..');
const {BROTLI_MODULE, checkSiteConfig, mainConf, serverConf, servedPolicy, writeSiteConfig} = await tsImport('./config.ts', import.meta.url);
process.chdir(ROOT); // config.ts reads deploy/nginx's templates from the repository root

const has = (command) => spawnSync('sh', ['-c', `command -v ${command}`], {stdio: 'ignore'}).status === 0;

/** Installs Debian's nginx (and, if it can, the Brotli module) when missing; returns whether Brotli is there. */
export function ensureNginx() {
  if (!has('nginx')) {
    if (process.getuid?.() !== 0)
      throw new Error('nginx is not installed; install it (apt-get install nginx-light libnginx-mod-http-brotli-static) or run as root.');
    console.log('[nginx] installing nginx-light with apt-get…');
    execFileSync('apt-get', ['update', '-qq'], {stdio: 'inherit'});
    execFileSync('apt-get', ['install', '-y', '-qq', 'nginx-light'], {stdio: 'inherit', env: {...process.env, DEBIAN_FRONTEND: 'noninteractive'}});
  }
  if (!existsSync(BROTLI_MODULE) && process.getuid?.() === 0) {
    // Optional: without it the configuration serves gzip only.
    spawnSync('apt-get', ['install', '-y', '-qq', 'libnginx-mod-http-brotli-static'], {
      stdio: 'ignore',
      env: {...process.env, DEBIAN_FRONTEND: 'noninteractive'},
    });
  }
  return existsSync(BROTLI_MODULE);
}

async function waitForPort(port, child, timeoutMs = 10_000) {
  const started = Date.now();
  while (Date.now() - started < timeoutMs) {
    if (child.exitCode !== null) throw new Error(`nginx exited with code ${child.exitCode}`);
    const open = await new Promise((resolve) => {
      const socket = net.connect(port, '127.0.0.1', () => (socket.end(), resolve(true)));
      socket.once('error', () => resolve(false));
    });
    if (open) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`nginx did not open port ${port} within ${timeoutMs} ms`);
}

/**
 * Starts nginx for the built site in `dir` on 127.0.0.1:`port`; `stop()` ends it and removes its files.
 * `config`: a folder rendered earlier by `npm run nginx:config` whose headers.conf and redirects.conf to serve, as a
 * deployment would; it refuses to start, saying why, when that policy does not match the build.
 */
export async function startNginx({dir = path.join(ROOT, 'build'), port, config} = {}) {
  const buildDir = path.resolve(dir);
  if (config) {
    const problem = checkSiteConfig({buildDir, generated: path.resolve(config)});
    if (problem) throw new Error(`serve refuses to start: ${problem}`);
  }
  const brotli = ensureNginx();
  const listenPort = port ?? (await freePort());
  const runtime = mkdtempSync(path.join(os.tmpdir(), 'nginx-site-'));
  const listen = `127.0.0.1:${listenPort}`;
  let csp;
  if (config) {
    writeFileSync(path.join(runtime, 'server.conf'), serverConf({root: buildDir, listen, generated: path.resolve(config), brotli}));
    csp = servedPolicy(readFileSync(path.join(config, 'headers.conf'), 'utf8'));
  } else {
    ({csp} = writeSiteConfig({buildDir, out: runtime, listen, brotli}));
  }
  const conf = path.join(runtime, 'nginx.conf');
  writeFileSync(conf, mainConf({runtime, brotliModule: brotli ? BROTLI_MODULE : undefined, asRoot: process.getuid?.() === 0}));
  for (const sub of ['client-body', 'proxy', 'fastcgi', 'uwsgi', 'scgi']) mkdirSync(path.join(runtime, sub), {recursive: true});
  const check = spawnSync('nginx', ['-t', '-q', '-c', conf, '-p', runtime, '-e', path.join(runtime, 'error.log')], {encoding: 'utf8'});
  if (check.status !== 0) throw new Error(`nginx rejected the configuration (${conf}):\n${check.stderr}`);
  const child = spawn('nginx', ['-c', conf, '-p', runtime, '-e', path.join(runtime, 'error.log'), '-g', 'daemon off;'], {
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  await waitForPort(listenPort, child);
  const stop = () =>
    new Promise((resolve) => {
      if (child.exitCode !== null) return resolve();
      child.once('exit', () => {
        rmSync(runtime, {recursive: true, force: true});
        resolve();
      });
      child.kill('SIGQUIT'); // graceful: finish the requests in flight
    });
  return {url: `http://127.0.0.1:${listenPort}`, csp, brotli, runtime, errorLog: () => readFileSync(path.join(runtime, 'error.log'), 'utf8'), stop};
}

if (process.argv[1] && path.resolve(process.argv[1]) === import.meta.filename) {
  const {values} = parseArgs({
    options: {
      port: {type: 'string'},
      dir: {type: 'string', default: 'build'},
      'no-build': {type: 'boolean', default: false},
      'install-only': {type: 'boolean', default: false},
      config: {type: 'string'},
    },
  });
  if (values['install-only']) {
    const brotli = ensureNginx();
    console.log(`${spawnSync('nginx', ['-v'], {encoding: 'utf8'}).stderr.trim()}; Brotli module ${brotli ? 'installed' : 'missing: gzip only'}.`);
    process.exit(0);
  }
  const dir = path.resolve(ROOT, values.dir);
  if (!existsSync(path.join(dir, 'index.html'))) {
    if (values['no-build']) {
      console.error(`No built site in ${values.dir}/. Run \`npm run build\` first.`);
      process.exit(2);
    }
    console.log('[nginx] no build yet: npm run build…');
    execFileSync('npm', ['run', 'build'], {cwd: ROOT, stdio: 'inherit'});
  }
  const nginx = await startNginx({dir, port: values.port ? Number(values.port) : undefined, config: values.config}).catch((error) => {
    console.error(error.message);
    process.exit(1);
  });
  console.log(`nginx (Brotli ${nginx.brotli ? 'on' : 'off'}) serves ${path.relative(ROOT, dir) || '.'}/ at ${nginx.url}  — Ctrl+C stops it.`);
  let stopping = false;
  const shutdown = async () => {
    if (stopping) return;
    stopping = true;
    await nginx.stop();
    console.log('nginx stopped.');
    process.exit(0);
  };
  process.on('SIGINT', shutdown);
  process.on('SIGTERM', shutdown);
}
