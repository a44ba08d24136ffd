import { defineConfig } from 'vitest/config';

// One config, four layers. Unit tests live beside the code they test; everything that crosses
// modules lives in test/. The e2e layer drives Debian's Chromium and needs `npm run build` first.
export default defineConfig({
  test: {
    // The apps load message catalogs on demand; tests see them all loaded.
    setupFiles: ['test/support/all-catalogs.ts'],
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['{common,server,printer,kiosk,display,counter,status}/**/*.test.{ts,tsx}'],
        },
      },
      {
        extends: true,
        test: { name: 'integration', include: ['test/integration/**/*.test.ts'], testTimeout: 20_000 },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.e2e.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          fileParallelism: false,
        },
      },
      {
        extends: true,
        test: { name: 'bench', include: [], benchmark: { include: ['test/bench/**/*.bench.ts'] } },
      },
    ],
  },
});
