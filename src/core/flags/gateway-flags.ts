import type { FlagSource } from '../types';

/** The flag that turns gateway `id` on and off. */
export const gatewayFlag = (id: string): string => `gateway.${id}`;

/**
 * Whether gateway `id` is on: it is unless its `gateway.<id>` flag is
 * explicitly `false`. `flags` is a plain record or any object with
 * `isEnabled(flag, fallback)` (an OpenFeature client behind a one-line
 * wrapper); a provider that throws leaves the gateway on.
 */
export function isGatewayEnabled(flags: FlagSource | undefined, id: string): boolean {
  if (!flags) return true;
  const flag = gatewayFlag(id);
  if (typeof (flags as { isEnabled?: unknown }).isEnabled === 'function') {
    try {
      return (flags as { isEnabled(flag: string, fallback: boolean): boolean }).isEnabled(flag, true) !== false;
    } catch {
      return true;
    }
  }
  return (flags as Record<string, boolean>)[flag] !== false;
}
