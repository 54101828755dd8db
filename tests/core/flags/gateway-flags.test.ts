import { describe, expect, it } from 'vitest';
import { isGatewayEnabled } from '../../../src/core/flags/gateway-flags';
import { createFakeGateway } from '../helpers/fake-gateway';
import { EUR, setupClient } from '../helpers/setup-client';

describe('isGatewayEnabled', () => {
  it('a gateway is on unless its flag is explicitly false (record)', () => {
    expect(isGatewayEnabled(undefined, 'a')).toBe(true);
    expect(isGatewayEnabled({}, 'a')).toBe(true);
    expect(isGatewayEnabled({ 'gateway.a': true }, 'a')).toBe(true);
    expect(isGatewayEnabled({ 'gateway.a': false }, 'a')).toBe(false);
    expect(isGatewayEnabled({ 'gateway.a': false }, 'b')).toBe(true);
  });

  it('asks an isEnabled provider with fallback true; a throwing provider leaves it on', () => {
    const asked: [string, boolean][] = [];
    const provider = { isEnabled: (flag: string, fallback: boolean) => (asked.push([flag, fallback]), flag !== 'gateway.off') };
    expect(isGatewayEnabled(provider, 'on')).toBe(true);
    expect(isGatewayEnabled(provider, 'off')).toBe(false);
    expect(asked).toEqual([['gateway.on', true], ['gateway.off', true]]);
    expect(isGatewayEnabled({ isEnabled: () => { throw new Error('x'); } }, 'a')).toBe(true);
  });

  it('a disabled gateway is neither available nor called', async () => {
    const a = createFakeGateway({ id: 'a' });
    const b = createFakeGateway({ id: 'b' });
    const { client, clock } = setupClient({ gateways: [a, b], flags: { 'gateway.a': false } });
    expect(client.availableGateways(EUR()).map((o) => o.gatewayId)).toEqual(['b']);
    const state = await clock.run(client.createCheckout({ money: EUR() }).submit({ method: { type: 'card', token: 't' } }));
    expect(state).toMatchObject({ status: 'succeeded', gatewayId: 'b' });
    expect(a.calls).toEqual([]);
  });
});
