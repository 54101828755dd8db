/// <reference types="vite/client" />
import type { Decorator, Preview } from '@storybook/react-vite';
import '../src/styles.css';

/** Locales the library ships messages for. */
export const STORY_LOCALES = ['en', 'de', 'fr', 'es'] as const;

/** Wraps every story in a themed, localized frame: `data-theme` drives the CSS custom properties. */
const withThemeAndLocale: Decorator = (Story, context) => {
  const theme = context.globals.theme === 'dark' ? 'dark' : 'light';
  const locale = typeof context.globals.locale === 'string' ? context.globals.locale : 'en';
  return (
    <div data-theme={theme} lang={locale} className="rsp-story-frame" data-testid="story-frame">
      <Story />
    </div>
  );
};

const preview: Preview = {
  decorators: [withThemeAndLocale],
  globalTypes: {
    theme: {
      description: 'Colour theme (data-theme on the story frame)',
      toolbar: {
        title: 'Theme',
        icon: 'mirror',
        items: [
          { value: 'light', title: 'Light' },
          { value: 'dark', title: 'Dark' },
        ],
        dynamicTitle: true,
      },
    },
    locale: {
      description: 'Shopper locale',
      toolbar: {
        title: 'Locale',
        icon: 'globe',
        items: [
          { value: 'en', title: 'English' },
          { value: 'de', title: 'Deutsch' },
          { value: 'fr', title: 'Français' },
          { value: 'es', title: 'Español' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { theme: 'light', locale: 'en' },
  parameters: {
    layout: 'padded',
    controls: { expanded: true },
    a11y: { context: '#storybook-root', test: 'error' },
  },
};

export default preview;
