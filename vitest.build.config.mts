import {defineConfig} from 'vitest/config';

/** Slow tests that run real production builds of a copy of the site. */
export default defineConfig({
  test: {
    include: ['tests/build/**/*.test.ts'],
    testTimeout: 240_000,
    hookTimeout: 60_000,
    fileParallelism: false,
  },
});
