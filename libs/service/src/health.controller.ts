import { Controller, Get, Inject, ServiceUnavailableException } from '@nestjs/common';
import { HealthCheck, HealthCheckService, TypeOrmHealthIndicator } from '@nestjs/terminus';
import type { PlatformConfig } from '@parity/config';
import { KafkaHealthIndicator } from './kafka.health';
import { LifecycleState } from './lifecycle-state';
import { RegistryHealthIndicator } from './registry.health';
import { PLATFORM_CONFIG } from './tokens';

/**
 * Liveness says the process can serve HTTP (restart me if not); readiness says it can do
 * its job: Kafka, the schema registry and its database all answer, and it is not draining.
 */
@Controller('health')
export class HealthController {
  constructor(
    @Inject(PLATFORM_CONFIG) private readonly config: PlatformConfig,
    private readonly health: HealthCheckService,
    private readonly database: TypeOrmHealthIndicator,
    private readonly kafka: KafkaHealthIndicator,
    private readonly registry: RegistryHealthIndicator,
    private readonly lifecycle: LifecycleState,
  ) {}

  @Get('live')
  live(): { status: 'ok' } {
    return { status: 'ok' };
  }

  @Get('ready')
  @HealthCheck()
  ready() {
    if (this.lifecycle.isDraining) {
      throw new ServiceUnavailableException({ status: 'draining' });
    }
    const timeout = this.config.readinessTimeoutMs;
    return this.health.check([
      () => this.database.pingCheck('database', { timeout }),
      () => this.kafka.check('kafka', timeout),
      () => this.registry.check('schemaRegistry', timeout),
    ]);
  }
}
