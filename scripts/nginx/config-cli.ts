/**
 * `npm run nginx:config -- --root /srv/whatsapp-guide/build --listen 80 --out /etc/nginx/whatsapp-guide`:
 * writes server.conf, headers.conf and redirects.conf for a built site (see scripts/nginx/config.ts).
 * Options: --root (default build/), --listen (default 80), --out (default deploy/out/), --server-name,
 * --brotli auto|on|off (default auto: on when Debian's Brotli module is installed), --hsts (behind TLS only),
 * --report-uri URL (where browsers report what the policy blocked).
 * `--check`: writes nothing; exits 1 with the reason when headers.conf in --out is not exactly what the build in --root
 * renders (its policy, a second policy line, a missing header). Run it as a deploy step, after copying a new build and
 * before reloading nginx.
 */
import {existsSync} from 'node:fs';
import path from 'node:path';
import {parseArgs} from 'node:util';
import {BROTLI_MODULE, checkSiteConfig, writeSiteConfig} from './config';

const {values} = parseArgs({
  options: {
    root: {type: 'string', default: 'build'},
    listen: {type: 'string', default: '80'},
    out: {type: 'string', default: 'deploy/out'},
    'server-name': {type: 'string'},
    brotli: {type: 'string', default: 'auto'},
    hsts: {type: 'boolean', default: false},
    'report-uri': {type: 'string'},
    check: {type: 'boolean', default: false},
  },
});
const brotli = values.brotli === 'auto' ? existsSync(BROTLI_MODULE) : values.brotli === 'on';
const out = path.resolve(values.out);
const buildDir = path.resolve(values.root);
process.chdir(path.resolve(import.meta.dirname, '../..')); // where deploy/nginx's templates are
if (values.check) {
  const problem = checkSiteConfig({buildDir, generated: out});
  if (problem) {
    console.error(`nginx:config --check: ${problem}`);
    process.exit(1);
  }
  console.log(`${out}/headers.conf is what the build in ${buildDir} renders.`);
  process.exit(0);
}
const {csp, code} = writeSiteConfig({
  buildDir,
  out,
  listen: values.listen,
  serverName: values['server-name'],
  brotli,
  hsts: values.hsts,
  reportUri: values['report-uri'],
});
console.log(
  `Wrote ${out}/server.conf, headers.conf, redirects.conf and media-types.conf (${code.pages} pages read; Brotli ${brotli ? 'on' : 'off'}).`,
);
console.log(`Content-Security-Policy: ${csp}`);
console.log(
  `Include ${out}/server.conf in the http block of nginx.conf${brotli ? `, and load the Brotli module (load_module ${BROTLI_MODULE};)` : ''}.`,
);
