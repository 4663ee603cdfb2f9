/**
 * Helpers of the benchmark: a copy of this site, timed cold builds, folder sizes.
 */
import {execFileSync, spawn} from 'node:child_process';
import {createWriteStream, mkdirSync, readFileSync, readdirSync, statSync, symlinkSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {gzipSync} from 'node:zlib';

/**
 * The repository's tracked files as committed (`git archive HEAD`: what `git ls-files` lists, at HEAD, so edits
 * under way in the work tree do not leak in) into `dir`, with node_modules symlinked. Returns the commit.
 */
export function copyThisSite(root, dir) {
  mkdirSync(dir, {recursive: true});
  const commit = execFileSync('git', ['rev-parse', 'HEAD'], {cwd: root, encoding: 'utf8'}).trim();
  const archive = execFileSync('git', ['archive', '--format=tar', commit], {cwd: root, maxBuffer: 512 * 1024 * 1024});
  execFileSync('tar', ['-x', '-C', dir], {input: archive});
  symlinkSync(path.join(root, 'node_modules'), path.join(dir, 'node_modules'), 'dir');
  return commit;
}

/** Seconds of bash's `times` output ("1m2.345s"). */
const bashSeconds = (text) => {
  const m = /^(\d+)m([\d.]+)s$/.exec(text);
  return m ? Number(m[1]) * 60 + Number(m[2]) : NaN;
};

/**
 * `docusaurus build` in `siteDir` (into `outDir`), cold: no persistent bundler cache. Resolves to
 * {seconds, cpuSeconds, loadBefore, loadAfter}: wall clock, and the CPU time (user + system) of the build and
 * all its processes, which another program on the machine changes far less than the wall clock.
 * Rejects with the end of the log when the build fails.
 */
export function timedBuild(siteDir, {outDir = 'build', logFile}) {
  return new Promise((resolve, reject) => {
    const out = createWriteStream(logFile);
    const loadBefore = os.loadavg()[0];
    const started = process.hrtime.bigint();
    const timesFile = `${logFile}.times`;
    // bash's `times` prints, on its second line, the user and system time of the finished child processes.
    const script = '"$@"; code=$?; times > "$BENCH_TIMES_FILE"; exit $code';
    const child = spawn('bash', ['-c', script, 'bash', path.join(siteDir, 'node_modules/.bin/docusaurus'), 'build', '--out-dir', outDir], {
      cwd: siteDir,
      env: {...process.env, FORCE_COLOR: '0', NO_COLOR: '1', DOCUSAURUS_NO_PERSISTENT_CACHE: '1', BENCH_TIMES_FILE: timesFile},
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout.pipe(out, {end: false});
    child.stderr.pipe(out, {end: false});
    child.on('error', reject);
    child.on('close', (code) =>
      out.end(() => {
        const seconds = Number(process.hrtime.bigint() - started) / 1e9;
        if (code === 0) {
          const [user, system] = (readFileSync(timesFile, 'utf8').split('\n')[1] ?? '').trim().split(/\s+/).map(bashSeconds);
          return resolve({seconds, cpuSeconds: user + system, loadBefore, loadAfter: os.loadavg()[0]});
        }
        const tail = readFileSync(logFile, 'utf8').split('\n').slice(-40).join('\n');
        reject(new Error(`docusaurus build in ${siteDir} failed (exit ${code}) after ${seconds.toFixed(0)} s:\n${tail}`));
      }),
    );
  });
}

/** Bytes and files of a folder (file sizes, not disk blocks), leaving out the names `skip` matches. */
export function folderSize(dir, skip = /\.(gz|br)$/) {
  let bytes = 0;
  let files = 0;
  const walk = (d) => {
    for (const entry of readdirSync(d, {withFileTypes: true})) {
      const p = path.join(d, entry.name);
      if (entry.isDirectory()) walk(p);
      else if (!skip.test(entry.name)) {
        bytes += statSync(p).size;
        files += 1;
      }
    }
  };
  walk(dir);
  return {bytes, files};
}

export const gzipBytes = (buffer) => gzipSync(buffer, {level: 9}).length;
