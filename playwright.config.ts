import { defineConfig } from '@playwright/test';

/**
 * End-to-end tests run against the built app (npm run build first). Browser-mode specs
 * start their own host per test with a fresh data folder (see test/e2e/support/fixtures.ts)
 * and drive Debian's Chromium; the Electron spec runs only where Electron's binary exists.
 */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export default defineConfig({
  testDir: 'test/e2e',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  timeout: 30_000,
  expect: { timeout: 5_000 },
  reporter: [['list']],
  use: {
    launchOptions: {
      executablePath: CHROMIUM_PATH,
      // Headless Chromium hides scrollbars by default; the app is tested with them drawn, as a desktop window draws them.
      ignoreDefaultArgs: ['--hide-scrollbars'],
      // Without the networking flags Chromium floods a closed network with refused connections.
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-quic',
      ],
    },
    viewport: { width: 1600, height: 1000 },
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  projects: [
    { name: 'browser-mode', testMatch: /browser-mode\/.*\.spec\.ts/, use: { browserName: 'chromium' } },
    { name: 'electron', testMatch: /electron\/.*\.spec\.ts/ },
    { name: 'readme', testMatch: /readme\/.*\.spec\.ts/, use: { browserName: 'chromium', viewport: { width: 1600, height: 900 } } },
  ],
});
