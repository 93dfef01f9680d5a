import { Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { createLogger, errorFields } from '@parity/telemetry';
import { DataSource } from 'typeorm';
import type { InventoryDepots } from '../depots/inventory-depots';
import { InventoryWorld } from '../depots/inventory-world';
import { PushQueueRepository } from './push-queue.repository';

/**
 * At boot and at every world model change, drops queued pushes to a target × depot inventory
 * no longer pushes to (one discard at a time, in the order the versions came); the document
 * runtime writes the rest.
 */
@Injectable()
export class PushSchedule implements OnApplicationBootstrap {
  private readonly log = createLogger(PushSchedule.name);
  private discarding: Promise<void> = Promise.resolve();

  constructor(
    private readonly db: DataSource,
    private readonly queue: PushQueueRepository,
    private readonly world: InventoryWorld,
  ) {}

  onApplicationBootstrap(): void {
    // Heard once the world is loaded, then at every change.
    this.world.onChange((depots) => void this.discardUnpushed(depots));
  }

  /** Settles once the discard for `depots` is done; a failure is logged, the next change retries. */
  private discardUnpushed(depots: InventoryDepots): Promise<void> {
    this.discarding = this.discarding.then(async () => {
      try {
        const discarded = await this.db.transaction((tx) =>
          this.queue.discardUnconfigured(tx, depots.pushTargets()),
        );
        if (discarded > 0) {
          this.log.info('push.queue.discarded', {
            discarded,
            reason: 'unconfigured',
            worldVersion: depots.world.version,
          });
        }
      } catch (error) {
        this.log.error('push.queue.discard.failed', errorFields(error));
      }
    });
    return this.discarding;
  }
}
