export { probeReadiness, type Readiness } from './readiness';
export { ServiceProcess, type ServiceProcessOptions } from './service-process';
export { serviceNames, services, type ServiceName } from './services';
