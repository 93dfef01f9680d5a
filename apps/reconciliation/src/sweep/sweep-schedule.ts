import {
  Inject,
  Injectable,
  type BeforeApplicationShutdown,
  type OnApplicationBootstrap,
} from '@nestjs/common';
import { PLATFORM_CONFIG } from '@parity/service';
import { createLogger, errorFields } from '@parity/telemetry';
import type { ReconciliationConfig } from '../reconciliation.config';
import { SnapshotSweep } from './snapshot-sweep';

/** Runs the sweep every SWEEP_INTERVAL_MS (never when 0), one run at a time. */
@Injectable()
export class SweepSchedule implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly log = createLogger(SweepSchedule.name);
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> = Promise.resolve();

  constructor(
    private readonly sweep: SnapshotSweep,
    @Inject(PLATFORM_CONFIG) private readonly config: ReconciliationConfig,
  ) {}

  onApplicationBootstrap(): void {
    const { intervalMs } = this.config.sweep;
    if (intervalMs === 0) return;
    this.timer = setInterval(() => {
      this.running = this.running
        .then(async () => void (await this.sweep.run()))
        .catch((error: unknown) => {
          // The next run starts from scratch; nothing half-done is kept.
          this.log.error('sweep.failed', errorFields(error));
        });
    }, intervalMs);
  }

  async beforeApplicationShutdown(): Promise<void> {
    clearInterval(this.timer);
    await this.running;
  }
}
