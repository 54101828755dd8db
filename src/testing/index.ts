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
