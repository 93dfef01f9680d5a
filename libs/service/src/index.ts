export { PlatformModule } from './platform.module';
export { LifecycleState } from './lifecycle-state';
export { runService, type ServiceDefinition } from './run-service';
export { KAFKA_CLIENT, PLATFORM_CONFIG, SCHEMA_REGISTRY } from './tokens';
