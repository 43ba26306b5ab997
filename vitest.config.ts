import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: ['**/*.test.{ts,tsx}'],
    exclude: ['node_modules/**', '.output/**', '.wxt/**', 'e2e/**'],
    setupFiles: ['fake-indexeddb/auto'],
    // Some analysis tests parse large generated pages.
    testTimeout: 20_000,
  },
});
