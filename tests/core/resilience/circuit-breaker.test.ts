import { describe, expect, it } from 'vitest';
import { CircuitBreaker } from '../../../src/core/resilience/circuit-breaker';

function setup(failureThreshold = 3, cooldownMs = 1000) {
  let now = 0;
  const changes: string[] = [];
  const breaker = new CircuitBreaker({ failureThreshold, cooldownMs, now: () => now });
  breaker.subscribe((c) => changes.push(c));
  return { breaker, changes, tick: (ms: number) => (now += ms) };
}

describe('CircuitBreaker', () => {
  it('opens after failureThreshold consecutive failures, and a success in between resets the streak', () => {
    const { breaker, changes } = setup(3);
    breaker.failure(breaker.tryAcquire()!);
    breaker.failure(breaker.tryAcquire()!);
    breaker.success(breaker.tryAcquire()!);
    breaker.failure(breaker.tryAcquire()!);
    breaker.failure(breaker.tryAcquire()!);
    expect(breaker.getState()).toBe('closed');
    breaker.failure(breaker.tryAcquire()!);
    expect(breaker.getState()).toBe('open');
    expect(breaker.tryAcquire()).toBeNull();
    expect(changes).toEqual(['opened']);
  });

  it('lets exactly one trial through after the cooldown; success closes', () => {
    const { breaker, changes, tick } = setup(1, 1000);
    breaker.failure(breaker.tryAcquire()!);
    tick(999);
    expect(breaker.tryAcquire()).toBeNull();
    tick(1);
    expect(breaker.getState()).toBe('half_open');
    const trial = breaker.tryAcquire()!;
    expect(trial.trial).toBe(true);
    expect(breaker.tryAcquire()).toBeNull();
    breaker.success(trial);
    expect(breaker.getSnapshot()).toEqual({ state: 'closed', consecutiveFailures: 0 });
    expect(changes).toEqual(['opened', 'closed']);
  });

  it('a failed trial reopens for another cooldown', () => {
    const { breaker, changes, tick } = setup(1, 1000);
    breaker.failure(breaker.tryAcquire()!);
    tick(1000);
    breaker.failure(breaker.tryAcquire()!);
    expect(breaker.getSnapshot()).toMatchObject({ state: 'open', openedAt: 1000 });
    tick(999);
    expect(breaker.tryAcquire()).toBeNull();
    expect(changes).toEqual(['opened', 'opened']);
  });

  it('a canceled trial gives its slot back', () => {
    const { breaker, tick } = setup(1, 1000);
    breaker.failure(breaker.tryAcquire()!);
    tick(1000);
    const trial = breaker.tryAcquire()!;
    breaker.release(trial);
    const next = breaker.tryAcquire();
    expect(next?.trial).toBe(true);
  });

  it('ignores results of calls that started before it opened', () => {
    const { breaker } = setup(1, 1000);
    const stale = breaker.tryAcquire()!;
    breaker.failure(breaker.tryAcquire()!);
    breaker.success(stale);
    expect(breaker.getState()).toBe('open');
  });
});
