import {
  Inject,
  Injectable,
  type BeforeApplicationShutdown,
  type OnApplicationBootstrap,
} from '@nestjs/common';
import {
  LIGHTSPEED_CLIENT,
  PRIMA_CLIENT,
  SITOO_CLIENT,
  type LightspeedClient,
  type PrimaClient,
  type SitooClient,
} from '@parity/connectors';
import { EventPublisher } from '@parity/kafka';
import { createLogger } from '@parity/telemetry';
import { DataSource } from 'typeorm';
import type { InventorySettings } from '../inventory.config';
import { INVENTORY_SETTINGS } from '../tokens';
import { LagWatch } from './lag-watch';
import { LightspeedItemIds } from './lightspeed-item-ids';
import { LightspeedPusher } from './lightspeed-pusher';
import { PrimaPusher } from './prima-pusher';
import { PushLoop } from './push-loop';
import { PushQueueRepository } from './push-queue.repository';
import { PushWorker } from './push-worker';
import { configuredTargetsOf } from './push-target';
import type { Pusher } from './pusher';
import { SitooPusher } from './sitoo-pusher';
import { SyncLagAlerts } from './sync-lag';

/** How often the lag watch looks for pushes left unacknowledged. */
const LAG_WATCH_MS = 5_000;

/**
 * Starts, once the application is up, a worker loop per configured target and the lag watch;
 * stops them all before shutdown, letting a round in flight record its answers.
 */
@Injectable()
export class PushSchedule implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly log = createLogger(PushSchedule.name);
  private readonly loops: PushLoop[] = [];

  constructor(
    private readonly db: DataSource,
    private readonly queue: PushQueueRepository,
    private readonly publisher: EventPublisher,
    private readonly lag: SyncLagAlerts,
    private readonly watch: LagWatch,
    @Inject(INVENTORY_SETTINGS) private readonly settings: InventorySettings,
    @Inject(PRIMA_CLIENT) private readonly prima: PrimaClient | undefined,
    @Inject(SITOO_CLIENT) private readonly sitoo: SitooClient | undefined,
    @Inject(LIGHTSPEED_CLIENT) private readonly lightspeed: LightspeedClient | undefined,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const { depots, push } = this.settings;
    const discarded = await this.db.transaction((tx) =>
      this.queue.discardUnconfigured(tx, configuredTargetsOf(depots)),
    );
    if (discarded > 0) this.log.info('push.queue.discarded', { discarded, reason: 'unconfigured' });
    const { prima, sitoo, lightspeed } = this;
    const pushers: Pusher[] = [
      ...(prima ? [new PrimaPusher(prima)] : []),
      ...(sitoo ? [new SitooPusher(sitoo, depots)] : []),
      ...(lightspeed
        ? [new LightspeedPusher(lightspeed, new LightspeedItemIds(lightspeed), depots)]
        : []),
    ];
    for (const pusher of pushers) {
      const worker = new PushWorker(this.db, this.queue, this.publisher, this.lag, pusher, depots);
      // A full batch means more are waiting: go again at once instead of idling.
      const round = async (signal: AbortSignal) => (await worker.round(signal)) >= pusher.batchSize;
      for (let i = 0; i < pusher.concurrency; i++) {
        this.loops.push(new PushLoop(`push:${pusher.target}:${i}`, round, push.cadence.pollMs));
      }
    }
    this.loops.push(
      new PushLoop('sync-lag-watch', async () => (await this.watch.check(), false), LAG_WATCH_MS),
    );
    for (const loop of this.loops) loop.start();
    this.log.info('push.started', { targets: pushers.map((p) => p.target) });
  }

  async beforeApplicationShutdown(): Promise<void> {
    await Promise.all(this.loops.map((loop) => loop.stop()));
  }
}
