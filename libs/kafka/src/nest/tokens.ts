// DI tokens of the Kafka runtime inside Nest.
export const KAFKA_CLIENT = Symbol('KAFKA_CLIENT');
export const SCHEMA_REGISTRY = Symbol('SCHEMA_REGISTRY');
export const KAFKA_RUNTIME_OPTIONS = Symbol('KAFKA_RUNTIME_OPTIONS');
