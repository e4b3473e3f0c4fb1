import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // Builds and browsers are slow on a 2-core machine; give them room, not the unit tests.
    testTimeout: 20_000,
    expect: { poll: { timeout: 10_000 } },
    projects: [
      { test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] } },
      {
        test: {
          name: 'content',
          include: ['tests/content/**/*.test.ts'],
          testTimeout: 180_000,
        },
      },
      {
        test: {
          name: 'site',
          include: ['tests/build/**/*.test.ts', 'tests/e2e/**/*.test.ts'],
          globalSetup: ['tests/build/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
