import { useCallback, useRef, useSyncExternalStore } from 'react';
import type { Checkout, CheckoutState } from '../core/types';

const IDLE: CheckoutState = Object.freeze({ status: 'idle' }) as CheckoutState;
const noopUnsubscribe = (): void => {};
const subscribeNothing = (): (() => void) => noopUnsubscribe;

/**
 * The state of `checkout`, kept in sync with `useSyncExternalStore` over
 * `checkout.subscribe` / `checkout.getState`.
 *
 * With a `selector`, the component re-renders only when the selected value
 * changes (compared with `isEqual`, `Object.is` by default); the selector runs
 * once per new state, so it may return fresh objects without looping.
 * `null`/`undefined` checkouts read as `{ status: 'idle' }`.
 *
 * ```tsx
 * const status = useCheckoutState(checkout, (s) => s.status);
 * ```
 */
export function useCheckoutState(checkout: Checkout | null | undefined): CheckoutState;
export function useCheckoutState<T>(
  checkout: Checkout | null | undefined,
  selector: (state: CheckoutState) => T,
  isEqual?: (a: T, b: T) => boolean,
): T;
export function useCheckoutState<T>(
  checkout: Checkout | null | undefined,
  selector?: (state: CheckoutState) => T,
  isEqual: (a: T, b: T) => boolean = Object.is,
): T | CheckoutState {
  const memo = useRef<{ state: CheckoutState; selected: unknown } | null>(null);
  const subscribe = useCallback((listener: () => void) => (checkout ? checkout.subscribe(listener) : subscribeNothing()), [checkout]);

  const getSnapshot = (): T | CheckoutState => {
    const state = checkout ? checkout.getState() : IDLE;
    if (!selector) return state;
    const last = memo.current;
    if (last && last.state === state) return last.selected as T;
    const next = selector(state);
    if (last && isEqual(last.selected as T, next)) {
      memo.current = { state, selected: last.selected };
      return last.selected as T;
    }
    memo.current = { state, selected: next };
    return next;
  };

  return useSyncExternalStore(subscribe, getSnapshot, getSnapshot);
}
