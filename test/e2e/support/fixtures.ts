import { test as base } from '@playwright/test';
import { ComparisonPage } from './comparison-page';
import { makeDataDir, makeEmptyDir, removeDir, startHost, type RunningHost } from './host';

interface Fixtures {
  /** A fresh copy of the seed data for this test alone; change it before using `host`. */
  dataDir: string;
  /** An empty workspace folder for this test alone. */
  workspaceDir: string;
  /** The browser-mode host, started on `dataDir` and `workspaceDir`. */
  host: RunningHost;
  /** The app open in the page, ready. */
  app: ComparisonPage;
}

export const test = base.extend<Fixtures>({
  dataDir: async ({}, use) => {
    const dir = await makeDataDir();
    await use(dir);
    await removeDir(dir);
  },
  workspaceDir: async ({}, use) => {
    const dir = await makeEmptyDir();
    await use(dir);
    await removeDir(dir);
  },
  host: async ({ dataDir, workspaceDir }, use) => {
    const host = await startHost(dataDir, workspaceDir);
    await use(host);
    await host.stop();
  },
  app: async ({ page, host }, use) => {
    const app = new ComparisonPage(page);
    await app.open(host.url);
    await use(app);
  },
});

export { expect } from '@playwright/test';
