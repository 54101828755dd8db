import { defineConfig } from 'vitest/config';

// Engine, kit and contract tests need no DOM: they run in Node, which saves a jsdom
// start per file. Everything that renders runs in jsdom.
const nodeTests = [
  'tests/core/**/*.test.ts',
  'tests/testing/**/*.test.ts',
  'tests/adapters/bank-transfer/**/*.test.ts',
  'tests/contract/**/*.test.ts',
  'tests/i18n/**/*.test.ts',
];

export default defineConfig({
  test: {
    globals: true,
    restoreMocks: true,
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          environment: 'node',
          include: nodeTests,
        },
      },
      {
        extends: true,
        test: {
          name: 'dom',
          environment: 'jsdom',
          include: ['tests/**/*.test.{ts,tsx}'],
          exclude: [...nodeTests, 'tests/browser/**', 'node_modules/**'],
          setupFiles: ['tests/setup.ts'],
          typecheck: { enabled: true, include: ['tests/**/*.test-d.{ts,tsx}'], tsconfig: 'tsconfig.json' },
        },
      },
    ],
  },
});
