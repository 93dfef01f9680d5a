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
export { createClarusSimulator, type ClarusSimulatorOptions } from './clarus/clarus-simulator';
export { createLightspeedSimulator, type LightspeedSimulatorOptions } from './lightspeed';
export { createPrimaSimulator, type PrimaSimulatorOptions } from './prima';
export { createSitooSimulator, type SitooSimulatorOptions } from './sitoo/sitoo-simulator';
export { createPeoplevoxSimulator, type PeoplevoxSimulatorOptions } from './peoplevox';
export * from './scenario';
