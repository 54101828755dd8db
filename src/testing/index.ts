/**
 * `react-secure-payments/testing`: simulated gateways, a virtual clock, fault
 * injection and the adapter conformance kit.
 *
 * @packageDocumentation
 */
export {};
