import {
  Inject,
  Injectable,
  type BeforeApplicationShutdown,
  type OnApplicationBootstrap,
} from '@nestjs/common';
import { PLATFORM_CONFIG } from '@parity/service';
import { createLogger, errorFields } from '@parity/telemetry';
import { DataSource } from 'typeorm';
import type { ReconciliationConfig } from '../reconciliation.config';
import { StockParityRepository } from './stock-parity.repository';
import { StockParity } from './stock-parity.service';

const ROWS_PER_ROUND = 500;

/**
 * Re-assesses rows whose acks were outstanding when their tolerance ran out: without a new
 * event nothing else would turn such a PENDING row DRIFTED. Rows are claimed with SKIP LOCKED,
 * so replicas share the work and never wait on a consumer's row lock.
 */
@Injectable()
export class ParityRecheck implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly log = createLogger(ParityRecheck.name);
  private timer: NodeJS.Timeout | undefined;
  private round: Promise<void> = Promise.resolve();

  constructor(
    private readonly dataSource: DataSource,
    private readonly repository: StockParityRepository,
    private readonly parity: StockParity,
    @Inject(PLATFORM_CONFIG) private readonly config: ReconciliationConfig,
  ) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => {
      this.round = this.round
        .then(async () => void (await this.recheck()))
        .catch((error: unknown) => {
          // The next tick tries again; a database outage already shows in readiness.
          this.log.warn('parity.recheck.failed', errorFields(error));
        });
    }, this.config.parity.recheckIntervalMs);
  }

  async beforeApplicationShutdown(): Promise<void> {
    clearInterval(this.timer);
    await this.round;
  }

  /** One round; returns how many rows it re-assessed. */
  recheck(now = new Date()): Promise<number> {
    return this.dataSource.transaction(async (tx) => {
      const due = await this.repository.dueForRecheck(tx, now, ROWS_PER_ROUND);
      for (const { depot, sku } of due) await this.parity.reassess(tx, depot, sku, now);
      return due.length;
    });
  }
}
