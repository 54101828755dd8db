import { PaymentError, toPaymentError } from '../../core/errors';
import type { AttemptContext, Clock, ConfirmRequest, GatewayAdapter, GatewayResult, ManualInstructions, Money } from '../../core/types';
import { normalizeBic, normalizeIban } from './iban';
import { transferReference } from './transfer-reference';

/** Options of `createBankTransferGateway`. */
export interface BankTransferGatewayOptions {
  /** Default `'bank-transfer'`. */
  id?: string;
  /** Default `'Bank transfer'`. */
  label?: string;
  /** Account holder the shopper pays to (up to 70 characters, as SEPA allows). */
  beneficiary: string;
  /** Checked with the ISO 13616 mod-97 checksum; spaces allowed. */
  iban: string;
  /** 8 or 11 characters (ISO 9362). */
  bic?: string;
  /** Business days until the transfer is expected to arrive (integer 0–60). */
  expectedDays?: number;
  /** Extra line for the shopper, e.g. "Your order ships when the transfer arrives." */
  note?: string;
  /** Prefix of references: 1–10 upper-case letters or digits. Default `'RSP'`. */
  referencePrefix?: string;
  /** ISO 4217 codes this account takes. Default: any. */
  currencies?: string[];
  /** Where `latencyMs` is measured (demos and tests). Default: real time. */
  clock?: Clock;
  /** Simulated time to answer, ms. Default 0. */
  latencyMs?: number;
}

/** A manual gateway: `confirm` answers `pending_manual` with transfer instructions. */
export interface BankTransferGateway extends GatewayAdapter {
  readonly kind: 'manual';
  /** The reference a checkout's instructions carry (deterministic per checkout id). */
  referenceFor(checkoutId: string): string;
}

const MAX_BENEFICIARY = 70;
const MAX_NOTE = 280;

/**
 * Creates a bank-transfer gateway: no online charge, just instructions with a
 * reference unique per checkout. The engine settles such a checkout
 * `pending_manual`; the merchant matches the incoming transfer by reference.
 *
 * Throws a `configuration_error` naming the field for bad options (an IBAN
 * whose checksum fails, a malformed BIC, …).
 *
 * ```ts
 * createBankTransferGateway({ beneficiary: 'Shop GmbH', iban: 'DE89 3704 0044 0532 0130 00', bic: 'COBADEFFXXX', expectedDays: 2 });
 * ```
 */
export function createBankTransferGateway(options: BankTransferGatewayOptions): BankTransferGateway {
  if (typeof options !== 'object' || options === null) configError('options', 'must be an object with beneficiary and iban');
  const id = options.id ?? 'bank-transfer';
  if (typeof id !== 'string' || id.trim() === '') configError('id', 'must be a non-empty string');
  const label = options.label ?? 'Bank transfer';
  if (typeof label !== 'string' || label.trim() === '') configError('label', 'must be a non-empty string');
  const beneficiary = typeof options.beneficiary === 'string' ? options.beneficiary.trim() : '';
  if (beneficiary === '' || beneficiary.length > MAX_BENEFICIARY) {
    configError('beneficiary', `must be a non-empty account holder name of at most ${MAX_BENEFICIARY} characters`);
  }
  const iban = normalizeIban(options.iban);
  if (iban === undefined) configError('iban', 'is not a valid IBAN (wrong shape or mod-97 checksum)');
  let bic: string | undefined;
  if (options.bic !== undefined) {
    bic = normalizeBic(options.bic);
    if (bic === undefined) configError('bic', 'is not a valid BIC (8 or 11 characters, e.g. COBADEFFXXX)');
  }
  const expectedDays = options.expectedDays;
  if (expectedDays !== undefined && !(Number.isInteger(expectedDays) && expectedDays >= 0 && expectedDays <= 60)) {
    configError('expectedDays', 'must be an integer from 0 to 60');
  }
  const note = options.note;
  if (note !== undefined && (typeof note !== 'string' || note.length > MAX_NOTE)) {
    configError('note', `must be a string of at most ${MAX_NOTE} characters`);
  }
  const prefix = options.referencePrefix ?? 'RSP';
  if (typeof prefix !== 'string' || !/^[A-Z0-9]{1,10}$/.test(prefix)) {
    configError('referencePrefix', 'must be 1–10 upper-case letters or digits');
  }
  let currencies: string[] | undefined;
  if (options.currencies !== undefined) {
    if (!Array.isArray(options.currencies) || options.currencies.length === 0 || !options.currencies.every(isCurrencyCode)) {
      configError('currencies', 'must be a non-empty array of upper-case ISO 4217 codes');
    }
    currencies = options.currencies.slice();
  }
  const latencyMs = options.latencyMs ?? 0;
  if (typeof latencyMs !== 'number' || !Number.isFinite(latencyMs) || latencyMs < 0) {
    configError('latencyMs', 'must be a finite number >= 0');
  }
  if (options.clock !== undefined && (typeof options.clock?.sleep !== 'function' || typeof options.clock.now !== 'function')) {
    configError('clock', 'must have now() and sleep(ms, signal)');
  }
  const clock = options.clock;

  // Deterministic references; a (very unlikely) hash clash between two checkouts gets a suffix.
  const issued = new Map<string, string>();
  const owners = new Map<string, string>();
  function referenceFor(checkoutId: string): string {
    const known = issued.get(checkoutId);
    if (known !== undefined) return known;
    const base = transferReference(checkoutId, prefix);
    let reference = base;
    for (let n = 2; owners.has(reference); n++) reference = `${base}-${n}`;
    issued.set(checkoutId, reference);
    owners.set(reference, checkoutId);
    return reference;
  }

  async function confirm(req: ConfirmRequest, ctx: AttemptContext): Promise<GatewayResult> {
    if (ctx?.signal?.aborted) throw canceled();
    if (typeof req?.checkoutId !== 'string' || req.checkoutId === '') {
      return { status: 'failed', error: invalid('request.checkoutId must be a non-empty string.') };
    }
    if (!validMoney(req.money)) {
      return { status: 'failed', error: invalid('request.money must be a positive integer amount and an upper-case ISO 4217 currency.') };
    }
    if (currencies && !currencies.includes(req.money.currency)) {
      return { status: 'failed', error: invalid(`request.money.currency ${req.money.currency} is not taken by this account.`) };
    }
    if (latencyMs > 0) await wait(latencyMs, ctx.signal);
    const instructions: ManualInstructions = {
      method: 'bank_transfer',
      reference: referenceFor(req.checkoutId),
      amount: { amount: req.money.amount, currency: req.money.currency },
      beneficiary,
      iban: iban!,
    };
    if (bic !== undefined) instructions.bic = bic;
    if (expectedDays !== undefined) instructions.expectedDays = expectedDays;
    if (note !== undefined) instructions.note = note;
    return { status: 'pending_manual', instructions };
  }

  async function wait(ms: number, signal: AbortSignal): Promise<void> {
    try {
      if (clock) await clock.sleep(ms, signal);
      else await realSleep(ms, signal);
    } catch {
      throw canceled();
    }
  }

  function canceled(): PaymentError {
    return new PaymentError({ code: 'canceled', gatewayId: id, chargeOutcome: 'none', message: 'The bank-transfer request was aborted.' });
  }

  function invalid(message: string): PaymentError {
    return new PaymentError({ code: 'invalid_request', gatewayId: id, chargeOutcome: 'none', message });
  }

  const gateway: BankTransferGateway = {
    id,
    label,
    kind: 'manual',
    confirm,
    referenceFor,
    normalizeError(error: unknown): PaymentError {
      try {
        return toPaymentError(error, id);
      } catch {
        return new PaymentError({ code: 'unknown', gatewayId: id });
      }
    },
  };
  if (currencies) {
    const taken = currencies;
    gateway.supports = (req: { money: Money }) => taken.includes(req?.money?.currency);
  }
  return gateway;
}

function configError(field: string, problem: string): never {
  throw new PaymentError({
    code: 'configuration_error',
    message: `createBankTransferGateway: options.${field} ${problem}.`,
  });
}

function isCurrencyCode(value: unknown): value is string {
  return typeof value === 'string' && /^[A-Z]{3}$/.test(value);
}

function validMoney(money: Money | undefined): money is Money {
  return (
    typeof money === 'object' && money !== null && Number.isSafeInteger(money.amount) && money.amount > 0 && isCurrencyCode(money.currency)
  );
}

function realSleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    if (signal.aborted) return reject(signal.reason);
    const onAbort = (): void => {
      clearTimeout(timer);
      reject(signal.reason);
    };
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal.addEventListener('abort', onAbort, { once: true });
  });
}
