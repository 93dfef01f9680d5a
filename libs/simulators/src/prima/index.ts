export { createPrimaSimulator, type PrimaSimulatorOptions } from './prima-simulator';
