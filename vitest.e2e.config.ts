import { defineConfig } from 'vitest/config';

/** Browser tests: the production build in Debian's Chromium, driven by playwright-core. */
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.spec.ts'],
    environment: 'node',
    globalSetup: ['tests/e2e/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // One Chromium at a time: these machines have two cores.
    fileParallelism: false,
  },
});
