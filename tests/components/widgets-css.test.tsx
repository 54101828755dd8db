import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { PaymentMethodSelector } from '../../src/components/payment-method-selector';
import { PaymentMonitor } from '../../src/components/payment-monitor';
import { StepUpChallenge } from '../../src/components/step-up-challenge';

const css = readFileSync(resolve(__dirname, '../../src/components/widgets.css'), 'utf8');
const theme = readFileSync(resolve(__dirname, '../../src/styles.css'), 'utf8');

describe('widgets.css', () => {
  it('styles every rsp- class name the widgets render', () => {
    const { container } = render(
      <>
        <StepUpChallenge onSubmit={() => {}} onResend={() => {}} error="x" />
        <PaymentMethodSelector options={[{ gatewayId: 'bank-transfer', label: 'Bank transfer', kind: 'manual' }]} onChange={() => {}} />
        <PaymentMonitor
          health={[{ gatewayId: 'stripe', circuit: 'open', successes: 1, failures: 6, consecutiveFailures: 5, latencyMs: [1, 2] }]}
          events={[{ type: 'attempt.started', gatewayId: 'stripe', attempt: 1, at: 0 }, { type: 'checkout.started', at: 1 }]}
          maxEvents={1}
        />
      </>,
    );
    const used = new Set([...container.querySelectorAll('[class]')].flatMap((el) => [...el.classList]));
    expect(used.size).toBeGreaterThan(10);
    for (const name of used) expect.soft(css, name).toContain(`.${name}`);
  });

  it('takes colours from --rsp- custom properties (with fallbacks), outside forced-colors mode', () => {
    const themed = css.replace(/@media \(forced-colors: active\)[\s\S]*$/, '');
    const colourValues = [...themed.matchAll(/(?:^|[\s;{])(?:color|background|border-color|accent-color|outline)\s*:\s*([^;]+);/g)].map((m) => m[1]!);
    expect(colourValues.length).toBeGreaterThan(20);
    for (const value of colourValues) {
      if (/^(inherit|transparent|currentColor|none)$/.test(value.trim())) continue;
      expect.soft(value, value).toMatch(/var\(--rsp-/);
    }
  });

  it('reads only custom properties the theme defines, so light and dark themes reach the widgets', () => {
    const used = new Set([...css.matchAll(/var\((--rsp-[\w-]+)/g)].map((m) => m[1]!));
    expect(used.size).toBeGreaterThan(10);
    for (const name of used) expect.soft(theme, name).toMatch(new RegExp(`${name}\\s*:`));
  });
});
