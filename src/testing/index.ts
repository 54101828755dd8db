/**
 * `react-secure-payments/testing`: simulated gateways, a virtual clock, fault
 * injection and the adapter conformance kit.
 *
 * @packageDocumentation
 */
export {
  createVirtualClock,
  VirtualClockDeadlockError,
  VirtualClockTimeLimitError,
  type VirtualClock,
  type VirtualClockOptions,
  type VirtualRunOptions,
} from './virtual-clock';
export {
  createSimulatedGateway,
  type SimulatedGateway,
  type SimulatedGatewayOptions,
  type SimulatedCall,
} from './simulated-gateway';
export {
  toSimulatedFault,
  type SimulatedFault,
  type SimulatedFaultAlias,
  type SimulatedFaultInput,
  type SimulatedFaultType,
  type SimulatedOperation,
  type FaultPlan,
  type FaultPlansByOperation,
  type FaultRate,
  type FaultCallInfo,
  type OutageWindow,
} from './faults';
export { type SimulatedLedger, type SimulatedPayment, type SimulatedPaymentStatus } from './ledger';
export { TEST_TOKENS, isTestToken, type TestToken } from './test-tokens';
export { TEST_CARDS, testCardToken, type TestCard } from './test-cards';
export { createSeededRandom } from './seeded-random';
export {
  createBankTransferGateway,
  type BankTransferGateway,
  type BankTransferGatewayOptions,
} from '../adapters/bank-transfer/create-bank-transfer-gateway';
export {
  runAdapterConformance,
  checkAdapterConformance,
  gatewayResultProblems,
  CONFORMANCE_CHECKS,
  type ConformanceCheck,
  type ConformanceOptions,
  type ConformanceResult,
  type ConformanceRunner,
  type RunAdapterConformanceOptions,
} from './conformance';
