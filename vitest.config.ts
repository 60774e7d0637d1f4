import { defineConfig } from 'vitest/config';

// Unit tests (pure logic, mocks at the edges) and integration tests (the built dist/index.cjs run
// as a runner would, against loopback servers) are separate projects so each can be run alone.
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['test/**/*.test.ts'],
          exclude: ['test/**/*.itg.test.ts'],
        },
      },
      {
        test: {
          name: 'integration',
          include: ['test/**/*.itg.test.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
