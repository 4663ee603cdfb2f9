/**
 * `npm run nginx:config -- --root /srv/whatsapp-guide/build --listen 80 --out /etc/nginx/whatsapp-guide`:
 * writes server.conf, headers.conf and redirects.conf for a built site (see scripts/nginx/config.ts).
 * Options: --root (default build/), --listen (default 80), --out (default deploy/out/), --server-name,
 * --brotli auto|on|off (default auto: on when Debian's Brotli module is installed).
 */
import {existsSync} from 'node:fs';
import path from 'node:path';
import {parseArgs} from 'node:util';
import {BROTLI_MODULE, writeSiteConfig} from './config';

const {values} = parseArgs({
  options: {
    root: {type: 'string', default: 'build'},
    listen: {type: 'string', default: '80'},
    out: {type: 'string', default: 'deploy/out'},
    'server-name': {type: 'string'},
    brotli: {type: 'string', default: 'auto'},
  },
});
const brotli = values.brotli === 'auto' ? existsSync(BROTLI_MODULE) : values.brotli === 'on';
const out = path.resolve(values.out);
const buildDir = path.resolve(values.root);
process.chdir(path.resolve(import.meta.dirname, '../..')); // where deploy/nginx's templates are
const {csp, code} = writeSiteConfig({buildDir, out, listen: values.listen, serverName: values['server-name'], brotli});
console.log(`Wrote ${out}/server.conf, headers.conf and redirects.conf (${code.pages} pages read; Brotli ${brotli ? 'on' : 'off'}).`);
console.log(`Content-Security-Policy: ${csp}`);
console.log(`Include ${out}/server.conf in the http block of nginx.conf${brotli ? `, and load the Brotli module (load_module ${BROTLI_MODULE};)` : ''}.`);
