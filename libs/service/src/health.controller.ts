import { Controller, Get, Inject, Optional, ServiceUnavailableException } from '@nestjs/common';
import {
  HealthCheck,
  HealthCheckService,
  HealthIndicatorService,
  TypeOrmHealthIndicator,
} from '@nestjs/terminus';
import type { PlatformConfig } from '@parity/config';
import { KafkaHealthIndicator } from './kafka.health';
import { LifecycleState } from './lifecycle-state';
import { RegistryHealthIndicator } from './registry.health';
import { PLATFORM_CONFIG, READINESS_PROBE, type ReadinessProbe } from './tokens';

/**
 * Liveness says the process can serve HTTP (restart me if not); readiness says it can do
 * its job: Kafka, the schema registry and its database all answer, what a library adds (the
 * world model loaded) holds, and it is not draining.
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
    private readonly indicators: HealthIndicatorService,
    @Optional() @Inject(READINESS_PROBE) private readonly probe?: ReadinessProbe,
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
      ...(this.probe ? [() => this.probed(this.probe as ReadinessProbe)] : []),
    ]);
  }

  private probed(probe: ReadinessProbe) {
    const indicator = this.indicators.check(probe.name);
    const reason = probe.notReadyBecause();
    return reason === undefined ? indicator.up() : indicator.down({ message: reason });
  }
}
