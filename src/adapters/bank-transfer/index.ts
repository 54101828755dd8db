/**
 * The bank-transfer gateway: a manual method that answers with transfer
 * instructions instead of charging online.
 *
 * @packageDocumentation
 */
export { createBankTransferGateway, type BankTransferGateway, type BankTransferGatewayOptions } from './create-bank-transfer-gateway';
export { normalizeIban, normalizeBic } from './iban';
export { transferReference } from './transfer-reference';
