import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';
import { resolve } from 'node:path';

const alias = { '@shared': resolve(import.meta.dirname, 'shared') };

// Sources live in electron/ (main, preload, browser-mode host) and renderer/; shared/ is
// imported by all three. The browser-mode host is a second main-side entry so that one
// build produces both ways of running the app.
export default defineConfig({
  main: {
    resolve: { alias },
    build: {
      rolldownOptions: {
        input: {
          index: resolve(import.meta.dirname, 'electron/main.ts'),
          'browser-host': resolve(import.meta.dirname, 'electron/browser-host/main.ts'),
          'export-cli': resolve(import.meta.dirname, 'electron/cli/export-cli.ts'),
          'extract-cli': resolve(import.meta.dirname, 'electron/cli/extract-cli.ts'),
        },
      },
    },
  },
  preload: {
    resolve: { alias },
    build: {
      // A sandboxed preload cannot require npm packages at run time: bundle everything.
      externalizeDeps: false,
      rolldownOptions: { input: { index: resolve(import.meta.dirname, 'electron/preload.ts') } },
    },
  },
  renderer: {
    root: resolve(import.meta.dirname, 'renderer'),
    resolve: { alias },
    plugins: [react()],
    build: {
      rolldownOptions: { input: { index: resolve(import.meta.dirname, 'renderer/index.html') } },
    },
  },
});
