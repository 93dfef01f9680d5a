export { createLightspeedSimulator, type LightspeedSimulatorOptions } from './lightspeed-simulator';
