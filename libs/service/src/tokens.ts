// DI tokens for what PlatformModule provides to every service; the Kafka ones belong to
// the Kafka runtime and are re-exported from there.
export const PLATFORM_CONFIG = Symbol('PLATFORM_CONFIG');
