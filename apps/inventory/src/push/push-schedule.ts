import {
  Inject,
  Injectable,
  type BeforeApplicationShutdown,
  type OnApplicationBootstrap,
} from '@nestjs/common';
import { WorkLoop } from '@parity/documents';
import { createLogger } from '@parity/telemetry';
import { DataSource } from 'typeorm';
import type { InventorySettings } from '../inventory.config';
import { INVENTORY_SETTINGS, VENDOR_CLIENTS } from '../tokens';
import type { VendorClients } from '../vendors/vendor-clients';
import { PrimaStoreStockFeed } from './prima-store-stock-feed';
import { PushQueueRepository } from './push-queue.repository';
import { configuredTargetsOf } from './push-target';

/**
 * At boot, drops queued pushes the configuration no longer makes (the document runtime
 * writes the rest); runs the Prima feed of store depots' figures until shutdown.
 */
@Injectable()
export class PushSchedule implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly log = createLogger(PushSchedule.name);
  private readonly loops: WorkLoop[] = [];

  constructor(
    private readonly db: DataSource,
    private readonly queue: PushQueueRepository,
    @Inject(INVENTORY_SETTINGS) private readonly settings: InventorySettings,
    @Inject(VENDOR_CLIENTS) private readonly clients: VendorClients,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const { depots, push } = this.settings;
    const discarded = await this.db.transaction((tx) =>
      this.queue.discardUnconfigured(tx, configuredTargetsOf(depots)),
    );
    if (discarded > 0) this.log.info('push.queue.discarded', { discarded, reason: 'unconfigured' });
    if (this.clients.prima) {
      const feed = new PrimaStoreStockFeed(this.db, this.clients.prima, this.queue, depots);
      if (feed.storeDepots().length > 0) {
        const read = async () => (await feed.readAll(), false);
        this.loops.push(new WorkLoop('prima-store-stock', read, push.primaStockPollMs));
      }
    }
    for (const loop of this.loops) loop.start();
  }

  async beforeApplicationShutdown(): Promise<void> {
    await Promise.all(this.loops.map((loop) => loop.stop()));
  }
}
