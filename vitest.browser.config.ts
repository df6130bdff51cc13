// Browser tests: the built site (dist/) in Debian's Chromium, one file at a time (one machine, two cores).
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/browser/**/*.browser.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 120_000,
    fileParallelism: false,
    // A test that asserts nothing fails: it would pass whatever the page did.
    expect: { requireAssertions: true },
  },
});
