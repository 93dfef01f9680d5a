export { probeReadiness, type Readiness } from './readiness';
export { ServiceProcess, type ServiceProcessOptions } from './service-process';
export { serviceNames, services, type ServiceName } from './services';
export { SERVICE_STACK_SETTINGS, serviceStackSettings } from './stack-settings';
