export { PlatformModule, type ServiceStorage } from './platform.module';
export { LifecycleState } from './lifecycle-state';
export { runService, type ServiceDefinition } from './run-service';
export { PLATFORM_CONFIG, READINESS_PROBE, type ReadinessProbe } from './tokens';
