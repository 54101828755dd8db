import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { renderProcessor } from './processor-harness';
import { axeViolations } from './axe';

// axe-core and the engine flows are slow on a shared 2-core machine; behaviour, not speed, is tested here.
vi.setConfig({ testTimeout: 30_000 });

const pick = (number: RegExp) => userEvent.click(screen.getByRole('radio', { name: number }));
/** The live regions (and their descendants' text) that contain `text`. */
const liveRegionsSaying = (container: HTMLElement, text: string) =>
  [...container.querySelectorAll('[aria-live], [role="status"], [role="alert"], [role="log"]')].filter((el) => el.textContent?.includes(text));
const payButton = () => screen.getByRole('button', { name: /^Pay|Paying|Retrying|Checking/ });

describe('SecurePaymentProcessor with the engine and the simulated gateway', () => {
  describe('given a test card that succeeds', () => {
    it('pays once and calls onSuccess exactly once', async () => {
      const h = renderProcessor();
      expect(screen.getByText('TEST MODE')).toBeInTheDocument();
      expect(h.root()).toHaveAttribute('data-status', 'idle');
      expect(await axeViolations(h.container)).toEqual([]);
      await pick(/4242 4242 4242 4242/);
      await userEvent.click(screen.getByRole('button', { name: 'Pay €49.99' }));
      await h.flush();
      expect(h.root()).toHaveAttribute('data-status', 'succeeded');
      expect(screen.getByRole('status')).toHaveTextContent('Payment successful.');
      expect(screen.getByText('Thank you. We received your payment of €49.99.')).toBeInTheDocument();
      expect(h.onSuccess).toHaveBeenCalledTimes(1);
      expect(h.onSuccess).toHaveBeenCalledWith(expect.objectContaining({ status: 'succeeded', gatewayId: 'simulated' }));
      expect(h.onError).not.toHaveBeenCalled();
      expect(h.gateway.ledger.chargeCount()).toBe(1);
      expect(await axeViolations(h.container)).toEqual([]);
    });
  });

  describe('when the shopper double clicks and spams Enter', () => {
    it('starts one confirm; the button keeps focus, is aria-disabled and says what it is doing', async () => {
      const h = renderProcessor({ gateway: { latencyMs: 500 } });
      await pick(/4242 4242 4242 4242/);
      const button = screen.getByRole('button', { name: 'Pay €49.99' });
      await userEvent.dblClick(button);
      await userEvent.keyboard('{Enter}{Enter}{Enter}');
      const input = screen.getByLabelText('Test card number');
      expect(input).toBeDisabled();
      await h.flush();
      expect(h.confirmCalls()).toHaveLength(1);
      expect(button).toHaveFocus();
      expect(button).toHaveAttribute('aria-disabled', 'true');
      expect(button).toHaveAccessibleName('Paying €49.99…');
      expect(h.root()).toHaveAttribute('data-status', 'submitting');
      expect(await axeViolations(h.container)).toEqual([]);
      await h.advance(500);
      expect(h.root()).toHaveAttribute('data-status', 'succeeded');
      expect(h.confirmCalls()).toHaveLength(1);
      expect(h.onSuccess).toHaveBeenCalledTimes(1);
    });
  });

  describe('given a transient failure', () => {
    it('shows "retrying (2 of 3)" and then success', async () => {
      const h = renderProcessor({ gateway: { faults: [{ type: 'network_error' }] } });
      await pick(/4242 4242 4242 4242/);
      await userEvent.click(screen.getByRole('button', { name: 'Pay €49.99' }));
      await h.flush();
      expect(h.root()).toHaveAttribute('data-status', 'retrying');
      expect(screen.getByRole('status')).toHaveTextContent('Connection problem — retrying (2 of 3)');
      expect(payButton()).toHaveAccessibleName('Retrying payment…');
      // Visible progress with the attempt count, which is not a second live region: announced once.
      const progress = h.container.querySelector('.rsp-progress');
      expect(progress).toHaveTextContent('Connection problem — retrying (2 of 3)');
      expect(progress).toBeVisible();
      expect(progress).toHaveAttribute('data-status', 'retrying');
      expect(progress).not.toHaveAttribute('role');
      expect(progress).not.toHaveAttribute('aria-live');
      expect(progress?.closest('[aria-live], [role="status"], [role="alert"], [role="log"]')).toBeNull();
      expect(liveRegionsSaying(h.container, 'retrying (2 of 3)')).toHaveLength(1);
      expect(await axeViolations(h.container)).toEqual([]);
      await h.advance(250);
      expect(h.root()).toHaveAttribute('data-status', 'succeeded');
      expect(h.confirmCalls()).toHaveLength(2);
      expect(h.onSuccess).toHaveBeenCalledTimes(1);
      expect(h.onError).not.toHaveBeenCalled();
    });
  });

  describe('given transient failures that outlast the retries and no other gateway', () => {
    it('says to try again; "Try again" pays with the same card in a new checkout (new key)', async () => {
      const h = renderProcessor({ gateway: { faults: [{ type: 'network_error' }, { type: 'network_error' }, { type: 'network_error' }] } });
      await pick(/4242 4242 4242 4242/);
      await userEvent.click(screen.getByRole('button', { name: 'Pay €49.99' }));
      await h.flush();
      await h.advance(250);
      await h.advance(500);
      expect(h.root()).toHaveAttribute('data-status', 'failed');
      const error = screen.getByRole('group', { name: 'Payment not completed' });
      expect(error).toHaveFocus();
      expect(error).toHaveAttribute('data-next-step', 'retry');
      expect(h.onError).toHaveBeenCalledTimes(1);
      expect(await axeViolations(h.container)).toEqual([]);
      await userEvent.click(within(error).getByRole('button', { name: 'Try again' }));
      await h.flush();
      expect(h.root()).toHaveAttribute('data-status', 'succeeded');
      expect(h.confirmCalls()).toHaveLength(4);
      expect(h.confirmCalls().at(-1)?.token).toBe('tok_success');
      expect(h.confirmCalls().at(-1)?.idempotencyKey).not.toBe(h.confirmCalls()[0]?.idempotencyKey);
      expect(h.confirmCalls().at(-1)?.checkoutId).not.toBe(h.confirmCalls()[0]?.checkoutId);
      expect(h.gateway.ledger.chargeCount()).toBe(1);
      expect(screen.getByText('Payment successful')).toBeInTheDocument();
      expect(h.onSuccess).toHaveBeenCalledTimes(1);
      expect(h.onError).toHaveBeenCalledTimes(1);
    });
  });

  describe('given a declined card', () => {
    it('shows the decline, focuses it, and lets the shopper pay with another card', async () => {
      const h = renderProcessor();
      await pick(/4000 0000 0000 0002/);
      await userEvent.click(screen.getByRole('button', { name: 'Pay €49.99' }));
      await h.flush();
      expect(h.root()).toHaveAttribute('data-status', 'failed');
      const error = screen.getByRole('group', { name: 'Payment not completed' });
      expect(error).toHaveFocus();
      expect(error).toHaveTextContent('Your card was declined.');
      expect(error).toHaveTextContent('Please use another card or payment method.');
      // Announced once: the alert only summarises; the details are read from the focused message,
      // which is a labelled group, not a live region itself.
      expect(screen.getByRole('alert')).toHaveTextContent(/^Payment failed\.$/);
      expect(error).toHaveAttribute('role', 'group');
      expect(error).not.toHaveAttribute('aria-live');
      expect(error.closest('[aria-live], [role="alert"], [role="status"]')).toBeNull();
      expect(error).toHaveAccessibleDescription(expect.stringContaining('Your card was declined.'));
      expect(liveRegionsSaying(h.container, 'declined')).toEqual([]);
      expect(h.onError).toHaveBeenCalledTimes(1);
      expect(h.onError.mock.calls[0]?.[0]).toMatchObject({ code: 'card_declined' });
      expect(await axeViolations(h.container)).toEqual([]);

      await userEvent.click(within(error).getByRole('button', { name: 'Use another card' }));
      expect(screen.getByLabelText('Test card number')).toHaveValue('');
      await pick(/4242 4242 4242 4242/);
      await userEvent.click(screen.getByRole('button', { name: 'Pay €49.99' }));
      await h.flush();
      expect(h.root()).toHaveAttribute('data-status', 'succeeded');
      expect(h.onSuccess).toHaveBeenCalledTimes(1);
      expect(h.onError).toHaveBeenCalledTimes(1);
      const keys = new Set(h.confirmCalls().map((c) => c.idempotencyKey));
      expect(keys.size).toBe(2);
    });
  });

  describe('given an outage', () => {
    it('offers fallback and ends in bank-transfer instructions', async () => {
      const h = renderProcessor({ gateway: { outages: [{ from: 0, to: 1e12 }] }, bankTransfer: true });
      // Two gateways: the selector shows both; the test card is the first.
      expect(screen.getByRole('radio', { name: 'Test card' })).toBeChecked();
      await pick(/4242 4242 4242 4242/);
      await userEvent.click(screen.getByRole('button', { name: 'Pay €49.99' }));
      await h.flush();
      await h.advance(250);
      await h.advance(500);
      expect(h.root()).toHaveAttribute('data-status', 'fallback_offered');
      expect(h.confirmCalls()).toHaveLength(3);
      const error = screen.getByRole('group', { name: 'Payment not completed' });
      expect(error).toHaveFocus();
      expect(error).toHaveTextContent('Please choose another way to pay below.');
      expect(h.onError).toHaveBeenCalledTimes(1);
      expect(await axeViolations(h.container)).toEqual([]);

      await userEvent.click(screen.getByRole('button', { name: 'Continue with Bank transfer' }));
      await h.flush();
      expect(h.root()).toHaveAttribute('data-status', 'pending_manual');
      expect(screen.getByText('DE89 3704 0044 0532 0130 00')).toBeInTheDocument();
      expect(screen.getByRole('button', { name: 'Copy IBAN' })).toBeInTheDocument();
      expect(screen.getByRole('button', { name: 'Copy Reference' })).toBeInTheDocument();
      expect(screen.getByText('The transfer usually arrives within 2 business days.')).toBeInTheDocument();
      expect(screen.getByRole('status')).toHaveTextContent('Your bank transfer details are ready.');
      expect(h.onSuccess).not.toHaveBeenCalled();
      expect(h.onError).toHaveBeenCalledTimes(1);
      expect(await axeViolations(h.container)).toEqual([]);
    });
  });

  describe('when the shopper chooses bank transfer up front', () => {
    it('asks for no card and shows the transfer instructions', async () => {
      const h = renderProcessor({ bankTransfer: true });
      expect(await axeViolations(h.container)).toEqual([]);
      await userEvent.click(screen.getByRole('radio', { name: 'Bank transfer' }));
      expect(screen.queryByText('TEST MODE')).toBeNull();
      await userEvent.click(screen.getByRole('button', { name: 'Get bank transfer details' }));
      await h.flush();
      expect(h.root()).toHaveAttribute('data-status', 'pending_manual');
      expect(screen.getByText('Pay by bank transfer', { selector: 'p' })).toBeInTheDocument();
      expect(h.confirmCalls()).toHaveLength(0);
      expect(h.onSuccess).not.toHaveBeenCalled();
      expect(h.onError).not.toHaveBeenCalled();
    });
  });

  describe('given the risk policy asks for a step-up after a decline', () => {
    it('collects the one-time code, hands it to the merchant\'s verifier, and pays', async () => {
      const verifyStepUp = vi.fn(async (input: Record<string, string>) => input['code'] === '424242');
      const h = renderProcessor({ client: { risk: { stepUpAfterDeclines: 1, verifyStepUp } } });
      await pick(/4000 0000 0000 0002/);
      await userEvent.click(screen.getByRole('button', { name: 'Pay €49.99' }));
      await h.flush();
      expect(h.root()).toHaveAttribute('data-status', 'failed');
      await userEvent.click(screen.getByRole('button', { name: 'Use another card' }));
      await pick(/4242 4242 4242 4242/);
      await userEvent.click(screen.getByRole('button', { name: 'Pay €49.99' }));
      await h.flush();
      expect(h.root()).toHaveAttribute('data-status', 'requires_action');
      const input = screen.getByLabelText('Verification code');
      expect(input).toHaveFocus();
      expect(input).toHaveAttribute('autocomplete', 'one-time-code');
      expect(await axeViolations(h.container)).toEqual([]);
      await userEvent.type(input, '424242{Enter}');
      await h.flush();
      expect(verifyStepUp).toHaveBeenCalledWith({ code: '424242' }, expect.objectContaining({ checkoutId: expect.any(String) }));
      expect(h.root()).toHaveAttribute('data-status', 'succeeded');
      expect(h.onSuccess).toHaveBeenCalledTimes(1);
    });

    it('after a wrong code says so at the input and lets the shopper type it again', async () => {
      const verifyStepUp = vi.fn(async (input: Record<string, string>) => input['code'] === '424242');
      const h = renderProcessor({ client: { risk: { stepUpAfterDeclines: 1, verifyStepUp } } });
      await pick(/4000 0000 0000 0002/);
      await userEvent.click(screen.getByRole('button', { name: 'Pay €49.99' }));
      await h.flush();
      await userEvent.click(screen.getByRole('button', { name: 'Use another card' }));
      await pick(/4242 4242 4242 4242/);
      await userEvent.click(screen.getByRole('button', { name: 'Pay €49.99' }));
      await h.flush();
      await userEvent.type(screen.getByLabelText('Verification code'), '000000{Enter}');
      await h.flush();
      expect(h.root()).toHaveAttribute('data-status', 'requires_action');
      const input = screen.getByLabelText('Verification code');
      expect(input).toHaveAccessibleDescription(/That code didn’t work/);
      expect(await axeViolations(h.container)).toEqual([]);
      await userEvent.clear(input);
      await userEvent.type(input, '424242{Enter}');
      await h.flush();
      expect(verifyStepUp).toHaveBeenCalledTimes(2);
      expect(h.root()).toHaveAttribute('data-status', 'succeeded');
      expect(h.onSuccess).toHaveBeenCalledTimes(1);
      // Once, for the first card's decline: a wrong code is not a payment failure.
      expect(h.onError).toHaveBeenCalledTimes(1);
    });
  });

  describe('given a card that needs 3-D Secure', () => {
    it('asks the shopper to verify, then succeeds', async () => {
      const h = renderProcessor();
      await pick(/4000 0027 6000 3184/);
      await userEvent.click(screen.getByRole('button', { name: 'Pay €49.99' }));
      await h.flush();
      expect(h.root()).toHaveAttribute('data-status', 'requires_action');
      expect(screen.getByRole('status')).toHaveTextContent('Your bank needs you to confirm this payment.');
      expect(await axeViolations(h.container)).toEqual([]);
      await userEvent.click(screen.getByRole('button', { name: 'Continue to verification' }));
      await h.flush();
      expect(h.root()).toHaveAttribute('data-status', 'succeeded');
      expect(h.onSuccess).toHaveBeenCalledTimes(1);
    });
  });

  describe('given a card that stays processing', () => {
    it('shows the processing view', async () => {
      const h = renderProcessor({ client: { processing: { pollIntervalMs: 1000, maxPollMs: 60_000 } } });
      await pick(/4000 0000 0000 0077/);
      await userEvent.click(screen.getByRole('button', { name: 'Pay €49.99' }));
      await h.flush();
      expect(h.root()).toHaveAttribute('data-status', 'processing');
      expect(screen.getByText(/You do not need to pay again/)).toBeInTheDocument();
      expect(await axeViolations(h.container)).toEqual([]);
    });
  });

  describe('when pay is pressed before a card is chosen', () => {
    it('says what is missing and starts nothing', async () => {
      const h = renderProcessor();
      await userEvent.click(screen.getByRole('button', { name: 'Pay €49.99' }));
      expect(screen.getByText('Complete the payment details above first.')).toBeInTheDocument();
      expect(screen.getByRole('button', { name: 'Pay €49.99' })).toHaveAccessibleDescription('Complete the payment details above first.');
      expect(h.confirmCalls()).toHaveLength(0);
    });
  });
});
