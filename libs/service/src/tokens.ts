// DI tokens for what PlatformModule provides to every service.
export const PLATFORM_CONFIG = Symbol('PLATFORM_CONFIG');
export const KAFKA_CLIENT = Symbol('KAFKA_CLIENT');
export const SCHEMA_REGISTRY = Symbol('SCHEMA_REGISTRY');
