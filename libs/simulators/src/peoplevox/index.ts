export { createPeoplevoxSimulator, type PeoplevoxSimulatorOptions } from './peoplevox.simulator';
