import { PaymentError } from '../errors/payment-error';
import type { Money, RiskPolicy } from '../types';

/** What the guard says about one submit. */
export type RiskVerdict = { kind: 'allow' } | { kind: 'block'; error: PaymentError } | { kind: 'step_up' };

/**
 * The client's advisory risk guard (the server must enforce too): `maxAmount`
 * per currency, `maxAttempts` submits per rolling window, `blockedCountries`,
 * and a step-up after `stepUpAfterDeclines` declines per client.
 */
export class RiskGuard {
  private submits: number[] = [];
  private declines = 0;

  constructor(
    private readonly policy: RiskPolicy | undefined,
    private readonly now: () => number,
  ) {}

  /** Checks one submit and, when allowed, counts it in the rolling window. */
  check(req: { money: Money; country?: string; steppedUp?: boolean }): RiskVerdict {
    const policy = this.policy;
    if (!policy) return { kind: 'allow' };
    const limit = policy.maxAmount?.[req.money.currency];
    if (limit !== undefined && req.money.amount > limit) {
      return block(`Amount ${req.money.amount} ${req.money.currency} is above the risk limit ${limit}.`);
    }
    if (req.country && policy.blockedCountries?.some((c) => c.toUpperCase() === req.country!.toUpperCase())) {
      return block(`Payments from country "${req.country}" are blocked by the risk policy.`);
    }
    const now = this.now();
    if (policy.maxAttempts) {
      const { count, windowMs } = policy.maxAttempts;
      this.submits = this.submits.filter((t) => now - t < windowMs);
      if (this.submits.length >= count) {
        return block(`More than ${count} payment attempts within ${windowMs} ms.`);
      }
    }
    if (!req.steppedUp && policy.stepUpAfterDeclines !== undefined && this.declines >= policy.stepUpAfterDeclines) {
      return { kind: 'step_up' };
    }
    this.submits.push(now);
    return { kind: 'allow' };
  }

  /** A gateway declined: counts toward the step-up. */
  recordDecline(): void {
    this.declines += 1;
  }

  /** The shopper passed a step-up: the decline count starts again. */
  recordStepUpPassed(): void {
    this.declines = 0;
  }
}

function block(message: string): RiskVerdict {
  return { kind: 'block', error: new PaymentError({ code: 'risk_blocked', message }) };
}
