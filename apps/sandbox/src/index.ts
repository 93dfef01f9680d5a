export {
  createSandbox,
  type RunningSandbox,
  type Sandbox,
  type SandboxOptions,
  type SimulatorFactory,
} from './sandbox';
export { allSimulators } from './simulators';
export type { SimulatorContext, VendorSimulator } from './platform/vendor-simulator';
export type { FaultRule } from './platform/faults';
export type { Delivery, DeliveryFaults } from './platform/webhook-sender';
