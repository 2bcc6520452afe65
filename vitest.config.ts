import preact from '@preact/preset-vite';
import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

// Three tiers: pure logic (node), DOM behaviour (jsdom; happy-dom breaks
// mark.js), and end to end on the built extension in Chromium and in Firefox.
// One browser at a time: two would share two cores and time each other out.
const END_TO_END = { environment: 'node', testTimeout: 60_000, hookTimeout: 60_000, fileParallelism: false } as const;

export default defineConfig({
  plugins: [WxtVitest(), preact()],
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.{ts,tsx}'],
          environment: 'node',
          setupFiles: ['tests/setup/fake-browser.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'dom',
          include: ['tests/dom/**/*.test.{ts,tsx}'],
          environment: 'jsdom',
          setupFiles: ['tests/setup/fake-browser.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e-chromium',
          include: ['tests/e2e/**/*.test.ts'],
          exclude: ['tests/e2e/firefox/**'],
          ...END_TO_END,
        },
      },
      {
        extends: true,
        test: { name: 'e2e-firefox', include: ['tests/e2e/firefox/**/*.test.ts'], ...END_TO_END },
      },
    ],
  },
});
