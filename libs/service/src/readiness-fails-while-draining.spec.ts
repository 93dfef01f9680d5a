import { ServiceUnavailableException } from '@nestjs/common';
import type { HealthCheckService, TypeOrmHealthIndicator } from '@nestjs/terminus';
import type { PlatformConfig } from '@parity/config';
import { HealthController } from './health.controller';
import type { KafkaHealthIndicator } from './kafka.health';
import { LifecycleState } from './lifecycle-state';
import type { RegistryHealthIndicator } from './registry.health';

describe('readiness while draining', () => {
  it('answers 503 without probing dependencies once shutdown has begun', () => {
    const check = jest.fn();
    const lifecycle = new LifecycleState();
    const controller = new HealthController(
      { readinessTimeoutMs: 1_000 } as PlatformConfig,
      { check } as unknown as HealthCheckService,
      {} as TypeOrmHealthIndicator,
      {} as KafkaHealthIndicator,
      {} as RegistryHealthIndicator,
      lifecycle,
    );

    lifecycle.startDraining();

    expect(() => controller.ready()).toThrow(ServiceUnavailableException);
    expect(check).not.toHaveBeenCalled();
    expect(controller.live()).toEqual({ status: 'ok' });
  });
});
