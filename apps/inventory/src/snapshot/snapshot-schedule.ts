import {
  Inject,
  Injectable,
  Optional,
  type BeforeApplicationShutdown,
  type OnApplicationBootstrap,
} from '@nestjs/common';
import { createLogger, errorFields } from '@parity/telemetry';
import type { InventorySettings } from '../inventory.config';
import { INVENTORY_SETTINGS } from '../tokens';
import { OWNER_SNAPSHOT_READER, type SnapshotReader } from './snapshot-reader.port';
import { SnapshotWorker } from './snapshot-worker';

/** Drains snapshot requests every INVENTORY_SNAPSHOT_INTERVAL_MS, once a reader is bound. */
@Injectable()
export class SnapshotSchedule implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly log = createLogger(SnapshotSchedule.name);
  private timer: NodeJS.Timeout | undefined;
  private round: Promise<void> | undefined;
  private readonly stopping = new AbortController();

  constructor(
    private readonly worker: SnapshotWorker,
    @Inject(INVENTORY_SETTINGS) private readonly settings: InventorySettings,
    @Optional() @Inject(OWNER_SNAPSHOT_READER) private readonly reader?: SnapshotReader,
  ) {}

  onApplicationBootstrap(): void {
    const reader = this.reader;
    if (!reader) {
      this.log.info('snapshot.reader.unbound', { effect: 'snapshot requests stay open' });
      return;
    }
    this.timer = setInterval(() => {
      this.round ??= this.worker
        .drain(reader, undefined, this.stopping.signal)
        .then((result) => {
          if (result.rebaselined + result.unanswered + result.superseded > 0) {
            this.log.info('snapshot.round', { ...result });
          }
        })
        .catch((error: unknown) => this.log.warn('snapshot.round.failed', errorFields(error)))
        .finally(() => (this.round = undefined));
    }, this.settings.snapshotIntervalMs);
  }

  async beforeApplicationShutdown(): Promise<void> {
    clearInterval(this.timer);
    // A round reads vendors one request at a time; it stops after the read in flight.
    this.stopping.abort();
    await this.round;
  }
}
