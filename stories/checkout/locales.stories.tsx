import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { SecurePaymentProcessor } from '../../src/components/secure-payment-processor';
import { loadedStory, renderProcessor, storyClientLoader } from '../fixtures/checkout-story';
import { CARDS, chooseTestCard, driveUntil, pressPay, text } from '../fixtures/shopper';
import type { StoryLocale } from '../fixtures/story-locale';
import { STORY_MONEY } from '../fixtures/story-client';
import { createTranslator } from '../../src/i18n/translator';

/**
 * Every shipped locale (German, French, Spanish; English is everywhere else):
 * a declined card and a gateway outage with fallback options, with texts and
 * amounts from the shipped catalogs. The toolbar's Locale switch does the same
 * for any story.
 */
const meta = {
  title: 'Locales',
  component: SecurePaymentProcessor,
  args: { amount: 4999, currency: 'EUR' },
  loaders: [storyClientLoader()],
  render: renderProcessor,
} satisfies Meta<typeof SecurePaymentProcessor>;
export default meta;

type Story = StoryObj<typeof meta>;

const ALWAYS = [{ from: 0, to: Number.MAX_SAFE_INTEGER }];

function declined(locale: StoryLocale): Story {
  return {
    globals: { locale },
    play: async ({ canvasElement, loaded }) => {
      await chooseTestCard(canvasElement, CARDS.decline);
      await pressPay(canvasElement, locale);
      await driveUntil(loadedStory({ loaded }), canvasElement, 'failed');
      const group = within(canvasElement).getByRole('group', { name: text(locale, 'ui.error.title') });
      await expect(group).toHaveAttribute('data-code', 'card_declined');
      await expect(within(group).getByText(text(locale, 'error.card_declined'))).toBeVisible();
      await expect(within(group).getByRole('button', { name: text(locale, 'ui.action.newMethod') })).toBeVisible();
      const t = createTranslator(locale);
      await expect(within(canvasElement).getByRole('button', { name: t.translate('ui.pay', { amount: t.formatAmount(STORY_MONEY) }) })).toBeVisible();
    },
  };
}

function fallback(locale: StoryLocale): Story {
  return {
    globals: { locale },
    loaders: [storyClientLoader({ primary: { outages: ALWAYS }, secondary: {}, bankTransfer: true })],
    play: async ({ canvasElement, loaded }) => {
      await chooseTestCard(canvasElement, CARDS.success);
      await pressPay(canvasElement, locale);
      await driveUntil(loadedStory({ loaded }), canvasElement, 'fallback_offered');
      const region = within(canvasElement).getByRole('region', { name: text(locale, 'ui.fallback.title') });
      await expect(within(region).getByRole('button', { name: text(locale, 'ui.fallback.option', { label: 'Bank transfer' }) })).toBeVisible();
    },
  };
}

/** Deutsch: abgelehnte Karte. */
export const GermanDeclined: Story = { name: 'Deutsch — declined', ...declined('de') };
/** Deutsch: Ausfall, andere Zahlungswege. */
export const GermanFallback: Story = { name: 'Deutsch — fallback offered', ...fallback('de') };
/** Français : carte refusée. */
export const FrenchDeclined: Story = { name: 'Français — declined', ...declined('fr') };
/** Français : panne, autres moyens de paiement. */
export const FrenchFallback: Story = { name: 'Français — fallback offered', ...fallback('fr') };
/** Español: tarjeta rechazada. */
export const SpanishDeclined: Story = { name: 'Español — declined', ...declined('es') };
/** Español: caída, otras formas de pago. */
export const SpanishFallback: Story = { name: 'Español — fallback offered', ...fallback('es') };
