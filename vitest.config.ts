// Unit tests (pure code) and database tests (a real SQLite file or :memory:).
// End-to-end tests run under Playwright: see playwright.config.ts.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      { test: { name: 'unit', include: ['test/unit/**/*.test.ts', 'renderer/src/**/*.test.ts'], environment: 'node' } },
      { test: { name: 'db', include: ['test/db/**/*.test.ts'], environment: 'node', testTimeout: 30_000, globalSetup: ['test/fixtures/globalSetup.ts'] } },
    ],
  },
});
