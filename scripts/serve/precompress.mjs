#!/usr/bin/env node
/**
 * Writes a .gz (level 9) and a .br (quality 11) beside every text file of the build, so the
 * server sends compressed bytes without compressing on each request (nginx: gzip_static/brotli_static).
 * Usage: node scripts/serve/precompress.mjs [dir=build]
 */
import {readdirSync, readFileSync, statSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {brotliCompressSync, constants, gzipSync} from 'node:zlib';

export const COMPRESSIBLE = /\.(html|js|mjs|css|json|svg|xml|txt|md|csv|webmanifest|map)$/;
/** Below this size a compressed copy saves less than its headers cost (nginx's gzip_min_length default is 20). */
const MIN_BYTES = 256;

function* files(dir) {
  for (const entry of readdirSync(dir, {withFileTypes: true})) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* files(path);
    else if (COMPRESSIBLE.test(entry.name)) yield path;
  }
}

export function precompress(dir) {
  let count = 0;
  for (const path of files(dir)) {
    if (statSync(path).size < MIN_BYTES) continue;
    const body = readFileSync(path);
    writeFileSync(`${path}.gz`, gzipSync(body, {level: 9}));
    writeFileSync(
      `${path}.br`,
      brotliCompressSync(body, {params: {[constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: body.length}}),
    );
    count += 1;
  }
  return count;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const dir = process.argv[2] ?? 'build';
  console.log(`precompressed ${precompress(dir)} files in ${dir} (gzip 9, brotli 11)`);
}
