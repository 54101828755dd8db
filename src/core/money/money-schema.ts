import * as z from 'zod/mini';
import type { Money } from '../types';
import { isCurrencyCode } from './currencies';

// `import * as z` rather than `import { z }`: esbuild (size-limit, many bundlers) cannot tree-shake
// the `z` namespace re-export, which pulls in all of zod/mini (~85 kB instead of ~5 kB gzip).

/**
 * zod/mini schema for {@link Money}: `amount` a safe integer of minor units
 * above zero, `currency` a known upper-case ISO 4217 code. Unknown keys are
 * dropped from the parsed value. Prefer `validateMoney`, whose errors name
 * the field and the rule.
 */
export const moneySchema: z.ZodMiniType<Money> = z.object({
  amount: z.int().check(z.positive()),
  currency: z.string().check(z.refine(isCurrencyCode)),
});
