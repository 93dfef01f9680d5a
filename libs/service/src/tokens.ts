// DI tokens for what PlatformModule provides to every service; the Kafka ones belong to
// the Kafka runtime and are re-exported from there.
export const PLATFORM_CONFIG = Symbol('PLATFORM_CONFIG');

/**
 * An extra readiness check a library adds (the world model: ready once loaded). Optional: a
 * service without one checks only its platform dependencies.
 */
export const READINESS_PROBE = Symbol('READINESS_PROBE');

export interface ReadinessProbe {
  readonly name: string;
  /** Why the service cannot do its job yet, or undefined when it can. */
  notReadyBecause(): string | undefined;
}
