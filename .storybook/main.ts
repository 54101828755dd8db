/// <reference types="vite/client" />
import { defineMain } from '@storybook/react-vite/node';

/**
 * Storybook for react-secure-payments: every payment state, reached for real
 * through the simulated gateway and the virtual clock (see `stories/fixtures/`).
 */
export default defineMain({
  framework: '@storybook/react-vite',
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.tsx'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  viteFinal(config) {
    // With Vite 8 the dev server's dependency scan does not reach `react` from
    // Storybook's own preview entries, which then load React's CommonJS file
    // untransformed ("does not provide an export named 'default'"). Pre-bundle
    // React explicitly so `npm run storybook` works on the first load.
    const include = config.optimizeDeps?.include ?? [];
    return {
      ...config,
      optimizeDeps: {
        ...config.optimizeDeps,
        include: [...include, 'react', 'react-dom', 'react/jsx-runtime', 'react/jsx-dev-runtime', 'react-dom/client'],
      },
    };
  },
});
