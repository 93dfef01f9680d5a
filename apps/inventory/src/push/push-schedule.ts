import { Inject, Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { createLogger } from '@parity/telemetry';
import { DataSource } from 'typeorm';
import type { InventorySettings } from '../inventory.config';
import { INVENTORY_SETTINGS } from '../tokens';
import { PushQueueRepository } from './push-queue.repository';
import { configuredTargetsOf } from './push-target';

/**
 * At boot, drops queued pushes the configuration no longer makes; the document runtime
 * writes the rest.
 */
@Injectable()
export class PushSchedule implements OnApplicationBootstrap {
  private readonly log = createLogger(PushSchedule.name);

  constructor(
    private readonly db: DataSource,
    private readonly queue: PushQueueRepository,
    @Inject(INVENTORY_SETTINGS) private readonly settings: InventorySettings,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const discarded = await this.db.transaction((tx) =>
      this.queue.discardUnconfigured(tx, configuredTargetsOf(this.settings.depots)),
    );
    if (discarded > 0) this.log.info('push.queue.discarded', { discarded, reason: 'unconfigured' });
  }
}
