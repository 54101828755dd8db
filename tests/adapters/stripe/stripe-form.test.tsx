import { act } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createStripeAdapter } from '../../../src/adapters/stripe';
import { asStripe, CLIENT_SECRET, createFakeStripe, stripeError } from './fake-stripe';
import { mountForm } from './mount-form';

function setup(extra: Record<string, unknown> = {}) {
  const fake = createFakeStripe();
  const adapter = createStripeAdapter({
    stripe: asStripe(fake),
    mode: 'client-confirm',
    appearance: { theme: 'night' },
    paymentElementOptions: { layout: 'tabs' },
    ...extra,
  });
  return { fake, adapter };
}

describe('StripeForm (adapter.Form)', () => {
  it('creates Elements in deferred mode with minor units and a lower-case currency, and mounts the Payment Element', async () => {
    const { fake, adapter } = setup();
    await mountForm(adapter, { money: { amount: 1050, currency: 'JPY' } });
    expect(fake.elements).toHaveBeenCalledWith({ appearance: { theme: 'night' }, locale: 'en', mode: 'payment', amount: 1050, currency: 'jpy' });
    expect(fake.elementsGroup.create).toHaveBeenCalledWith('payment', { layout: 'tabs', readOnly: false });
    expect(fake.elementsGroup.element.mount).toHaveBeenCalled();
  });

  it("passes the processor's locale to Elements in Stripe's form, and follows a change without re-creating Elements", async () => {
    const { fake, adapter } = setup();
    const view = await mountForm(adapter, { locale: 'de-AT' });
    expect(fake.elements).toHaveBeenCalledWith(expect.objectContaining({ locale: 'de' }));
    await view.rerender({ locale: 'pt_BR' });
    expect(fake.elementsGroup.update).toHaveBeenLastCalledWith({ locale: 'pt-BR' });
    await view.rerender({ locale: 'pt-BR' });
    expect(fake.elementsGroup.update).toHaveBeenCalledTimes(1);
    expect(fake.elements).toHaveBeenCalledTimes(1);
  });

  it('makes the Payment Element read-only while a payment is in flight', async () => {
    const { fake, adapter } = setup();
    const view = await mountForm(adapter);
    await view.rerender({ disabled: true });
    expect(fake.elementsGroup.element.update).toHaveBeenLastCalledWith({ readOnly: true });
    await view.rerender({ disabled: false });
    expect(fake.elementsGroup.element.update).toHaveBeenLastCalledWith({ readOnly: false });
  });

  it('reports completeness from the Payment Element change event', async () => {
    const { fake, adapter } = setup();
    const view = await mountForm(adapter);
    act(() => fake.elementsGroup.element.emit('change', { complete: true, empty: false, value: { type: 'card' } }));
    expect(view.onChange).toHaveBeenLastCalledWith({ complete: true });
    act(() => fake.elementsGroup.element.emit('change', { complete: false, empty: false, value: { type: 'card' } }));
    expect(view.onChange).toHaveBeenLastCalledWith({ complete: false });
  });

  it('reports a Payment Element load error as a normalised PaymentError', async () => {
    const { fake, adapter } = setup();
    const view = await mountForm(adapter);
    act(() => fake.elementsGroup.element.emit('loaderror', { elementType: 'payment', error: stripeError('invalid_request_error', { param: 'key' }) }));
    expect(view.onChange).toHaveBeenLastCalledWith({ complete: false, error: expect.objectContaining({ code: 'configuration_error' }) });
  });

  it('updates the Elements amount when the cart changes while idle — never while a payment is in flight', async () => {
    const { fake, adapter } = setup();
    const view = await mountForm(adapter, { money: { amount: 4999, currency: 'EUR' } });
    expect(fake.elementsGroup.update).not.toHaveBeenCalled();

    await view.rerender({ money: { amount: 5999, currency: 'EUR' } });
    expect(fake.elementsGroup.update).toHaveBeenLastCalledWith({ amount: 5999, currency: 'eur' });

    await view.rerender({ disabled: true, money: { amount: 7000, currency: 'USD' } });
    expect(fake.elementsGroup.update).toHaveBeenCalledTimes(1);

    // Back to idle: the pending change is applied.
    await view.rerender({ disabled: false });
    expect(fake.elementsGroup.update).toHaveBeenLastCalledWith({ amount: 7000, currency: 'usd' });
    expect(fake.elements).toHaveBeenCalledTimes(1);
  });

  it('in client-secret mode, fetches the intent updates instead (the server changed the amount)', async () => {
    const { fake, adapter } = setup();
    const view = await mountForm(adapter, { session: { clientSecret: CLIENT_SECRET } });
    await view.rerender({ money: { amount: 100, currency: 'EUR' } });
    expect(fake.elementsGroup.fetchUpdates).toHaveBeenCalledTimes(1);
    expect(fake.elementsGroup.update).not.toHaveBeenCalled();
  });

  it('a rejected elements.update is reported, never unhandled', async () => {
    const { fake, adapter } = setup();
    fake.elementsGroup.update.mockRejectedValueOnce(stripeError('invalid_request_error', { code: 'amount_too_small' }));
    const view = await mountForm(adapter);
    await view.rerender({ money: { amount: 1, currency: 'EUR' } });
    await act(async () => {
      await Promise.resolve();
    });
    expect(view.onChange).toHaveBeenLastCalledWith({ complete: false, error: expect.objectContaining({ code: 'invalid_request' }) });
  });

  it('ignores a client secret in server-confirm mode (deferred Elements)', async () => {
    const { fake, adapter } = setup({ mode: 'server-confirm' });
    await mountForm(adapter, { session: { clientSecret: CLIENT_SECRET } });
    expect(fake.elements).toHaveBeenCalledWith(expect.objectContaining({ mode: 'payment' }));
  });

  it('never renders the client secret into the DOM', async () => {
    const { adapter } = setup();
    const view = await mountForm(adapter, { session: { clientSecret: CLIENT_SECRET } });
    expect(view.container.innerHTML).not.toContain('_secret_');
  });
});
