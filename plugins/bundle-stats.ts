import {mkdirSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import type {Plugin} from '@docusaurus/types';

type Stats = {
  toJson(options: object): {
    chunks?: {id?: string | number; names?: string[]; files?: string[]; initial?: boolean; modules?: {name?: string; size?: number}[]}[];
  };
};

/**
 * `BUNDLE_STATS=1 npm run build` writes .tmp/bundle-stats.md: every client chunk with its largest modules,
 * so a change in what the first load ships can be traced to a module. Off unless asked for.
 */
export default function bundleStatsPlugin(context: {siteDir: string}): Plugin {
  return {
    name: 'bundle-stats',
    configureWebpack(_config, isServer) {
      if (isServer || !process.env.BUNDLE_STATS) return {};
      return {
        // Concatenated modules hide their parts from the stats; sizes are per module, so turn it off here only.
        optimization: {concatenateModules: false},
        plugins: [
          {
            apply(compiler: {hooks: {done: {tap(name: string, fn: (stats: Stats) => void): void}}}) {
              compiler.hooks.done.tap('bundle-stats', (stats) => {
                const {chunks = []} = stats.toJson({
                  all: false,
                  chunks: true,
                  chunkModules: true,
                  chunkModulesSpace: 100000,
                  modulesSpace: 100000,
                  dependentModules: true,
                  excludeModules: false,
                });
                const lines = chunks.map((chunk) => {
                  const modules = (chunk.modules ?? [])
                    .map((m) => ({
                      name: (m.name ?? (m as {identifier?: string}).identifier ?? JSON.stringify(Object.keys(m))).split('!').pop()!,
                      size: m.size ?? 0,
                    }))
                    .sort((a, b) => b.size - a.size);
                  const total = modules.reduce((sum, m) => sum + m.size, 0);
                  return [
                    `## ${chunk.files?.join(', ')} ${chunk.initial ? '(initial)' : ''} ${total} B of module source before minifying`,
                    ...modules.slice(0, 25).map((m) => `- ${m.size} ${m.name}`),
                  ].join('\n');
                });
                const out = path.join(context.siteDir, '.tmp', 'bundle-stats.md');
                mkdirSync(path.dirname(out), {recursive: true});
                writeFileSync(out, lines.join('\n\n') + '\n');
              });
            },
          },
        ],
      };
    },
  };
}
