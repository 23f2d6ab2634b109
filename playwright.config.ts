// End-to-end tests. `web`: the loopback web shell driven in Debian's Chromium
// (never a downloaded browser). `electron`: the same flow in the desktop
// shell, run only where an Electron binary exists (ELECTRON_OVERRIDE_DIST_PATH).
import { defineConfig } from '@playwright/test';

export default defineConfig({
  testDir: 'test',
  outputDir: 'test-results',
  timeout: 60_000,
  expect: { timeout: 15_000 },
  fullyParallel: false,
  workers: 2,
  reporter: [['list']],
  projects: [
    { name: 'web', testMatch: 'e2e/**/*.spec.ts' },
    { name: 'electron', testMatch: 'electron/**/*.spec.ts' },
  ],
});
