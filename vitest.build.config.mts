import {defineConfig} from 'vitest/config';

/** Slow tests that run real production builds of copies of the site, side by side. */
export default defineConfig({
  test: {
    include: ['tests/build/**/*.test.ts'],
    testTimeout: 240_000,
    hookTimeout: 60_000,
  },
});
