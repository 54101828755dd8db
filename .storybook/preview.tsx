/// <reference types="vite/client" />
import type { Decorator, Preview } from '@storybook/react-vite';
import '../src/styles.css';
import '../src/components/widgets.css';
import './preview.css';
import { PaymentMessagesProvider } from '../src/i18n/messages-context';

/**
 * Wraps every story in a themed, localized frame. `data-theme` goes on the
 * frame and on `<html>` (so the page background and an OS-level dark
 * preference follow the toolbar, not the other way round); the locale goes to
 * `PaymentMessagesProvider`, which the smaller components read (the processor
 * gets it as its `locale` prop).
 */
const withThemeAndLocale: Decorator = (Story, context) => {
  const theme = context.globals.theme === 'dark' ? 'dark' : 'light';
  const locale = typeof context.globals.locale === 'string' ? context.globals.locale : 'en';
  if (typeof document !== 'undefined') document.documentElement.setAttribute('data-theme', theme);
  return (
    <div data-theme={theme} lang={locale} className="rsp-story-frame" data-testid="story-frame">
      <PaymentMessagesProvider locale={locale}>
        <Story />
      </PaymentMessagesProvider>
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
    options: {
      storySort: {
        order: ['Docs', ['SecurePaymentProcessor', 'PaymentGatewayProvider', 'Writing an adapter'], 'Checkout states', 'Scenarios', 'Playground', 'Components', 'Gateways', 'Locales', 'Dark theme'],
      },
    },
    layout: 'padded',
    controls: { expanded: true },
    a11y: { context: '#storybook-root', test: 'error' },
  },
};

export default preview;
