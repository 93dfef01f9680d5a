import { Inject, Injectable } from '@nestjs/common';
import { HealthIndicatorService, type HealthIndicatorResult } from '@nestjs/terminus';
import type { PlatformConfig } from '@parity/config';
import { PLATFORM_CONFIG } from './tokens';

/** Ready when the schema registry lists its subjects. */
@Injectable()
export class RegistryHealthIndicator {
  constructor(
    @Inject(PLATFORM_CONFIG) private readonly config: PlatformConfig,
    private readonly health: HealthIndicatorService,
  ) {}

  async check(key: string, timeoutMs: number): Promise<HealthIndicatorResult> {
    const indicator = this.health.check(key);
    try {
      const response = await fetch(`${this.config.registry.url}/subjects`, {
        signal: AbortSignal.timeout(timeoutMs),
      });
      if (!response.ok) return indicator.down({ message: `HTTP ${response.status}` });
      return indicator.up();
    } catch (error) {
      return indicator.down({ message: (error as Error).message });
    }
  }
}
