import { setTimeout as sleep } from 'node:timers/promises';
import { Rng } from '../platform/rng';
import { AdminHttp } from './admin-http';
import { arrivals, type ActivityKind } from './arrivals';
import { planCatalogue } from './catalogue-plan';
import { LightspeedTillBelief, PrimaAtsBelief, SitooTillBelief } from './channel-belief';
import type { DriverContext } from './driver-context';
import { plantMalformedPayload } from './malformed-payloads';
import { onlineOrder } from './online-orders';
import { PhysicalStock } from './physical-stock';
import { posExchange, posReturn } from './pos-returns';
import { posSale, ringUpSale } from './pos-sales';
import { describeProgress } from './progress';
import type { ScenarioConfig } from './scenario-config';
import { emptyTally, type ScenarioTally } from './scenario-tally';
import type { SeededWorld } from './seeded-world';
import { seedWorld } from './seed-world';
import { LightspeedTill, SitooTill, type TillLine } from './tills';
import { warehouseAdjustment, warehouseReceipt } from './warehouse-moves';

export interface ScenarioDriverOptions {
  /** The sandbox's base URL, e.g. `http://127.0.0.1:4010`; only its admin APIs are used. */
  readonly sandboxUrl: string;
  readonly config: ScenarioConfig;
  /** Called with a progress line every `progressEveryMs` of wall time and once at the end. */
  readonly onProgress?: (line: string) => void;
  readonly progressEveryMs?: number;
}

const ACTIVITIES: Record<ActivityKind, (ctx: DriverContext) => Promise<void>> = {
  onlineOrder,
  posSale,
  return: posReturn,
  exchange: posExchange,
  receipt: warehouseReceipt,
  adjustment: warehouseAdjustment,
};

/**
 * Drives a sandbox through a scenario: `seed()` sets up one consistent world in all five
 * systems, `run()` plays the timeline at the configured rates and answers what it did.
 * Everything random comes from the config's seed, so a seed replays the same run.
 */
export class ScenarioDriver {
  private readonly http: AdminHttp;
  private readonly config: ScenarioConfig;
  private context?: DriverContext;

  constructor(private readonly options: ScenarioDriverOptions) {
    this.http = new AdminHttp(options.sandboxUrl.replace(/\/$/, ''));
    this.config = options.config;
  }

  /** What the run has done so far. */
  get tally(): ScenarioTally {
    return this.started().tally;
  }

  /** The driver's record of physical stock: [location, sku, units]. */
  physicalStock(): [string, string, number][] {
    return this.started().physical.entries();
  }

  async seed(): Promise<SeededWorld> {
    const { seed } = this.config;
    const catalogue = planCatalogue(this.config, new Rng(seed + 2));
    const world = await seedWorld(this.http, this.config, catalogue);
    this.context = this.contextFor(world);
    return world;
  }

  /** Plays the whole timeline, paced to `speed`, and answers the tally. */
  async run(): Promise<ScenarioTally> {
    const ctx = this.started();
    const { config } = this;
    const startedAt = Date.now();
    const everyMs = this.options.progressEveryMs ?? 5_000;
    let lastReportAt = startedAt;
    let events = 0;
    let simulatedSeconds = 0;
    const report = () =>
      this.options.onProgress?.(
        describeProgress({
          simulatedSeconds,
          events,
          wallSeconds: (Date.now() - startedAt) / 1_000,
          tally: ctx.tally,
        }),
      );
    const timeline = arrivals(new Rng(config.seed), ratesOf(config), config.durationMinutes * 60);
    for (const arrival of timeline) {
      const dueIn = startedAt + (arrival.atSeconds / config.speed) * 1_000 - Date.now();
      if (dueIn > 0) await sleep(dueIn);
      await ACTIVITIES[arrival.kind](ctx);
      if (arrival.kind === 'posSale' && ctx.rng.chance(config.badData.malformedPayload)) {
        await plantMalformedPayload(ctx);
      }
      events += 1;
      simulatedSeconds = arrival.atSeconds;
      if (Date.now() - lastReportAt >= everyMs) {
        lastReportAt = Date.now();
        report();
      }
    }
    simulatedSeconds = config.durationMinutes * 60;
    report();
    return ctx.tally;
  }

  /**
   * Rings up one sale of stock lines at a seeded store, exactly as the timeline does: lines the
   * till believes it lacks are left out, and units not physically there count as oversells.
   */
  async ringUpSale(storeCode: string, lines: readonly TillLine[]): Promise<boolean> {
    const ctx = this.started();
    const store = ctx.world.stores.find((candidate) => candidate.storeCode === storeCode);
    if (!store) throw new Error(`no seeded store ${storeCode}`);
    return ringUpSale(ctx, store, lines);
  }

  private contextFor(world: SeededWorld): DriverContext {
    const { config, http } = this;
    const physical = new PhysicalStock();
    const lightspeedBelief = new LightspeedTillBelief(
      http,
      config.beliefRefreshMs,
      world.lightspeedItemIds,
    );
    for (const sku of world.skus) {
      for (const warehouse of world.warehouses) {
        physical.set(warehouse.depotCode, sku, config.startingStock.perWarehouseSku);
      }
      for (const store of world.stores) {
        physical.set(store.storeCode, sku, config.startingStock.perStoreSku);
        if (store.till === 'lightspeed') {
          lightspeedBelief.seed(store.tillLocationId, sku, config.startingStock.perStoreSku);
        }
      }
    }
    let sequence = 0;
    return {
      config,
      world,
      http,
      rng: new Rng(config.seed + 1),
      tally: emptyTally(),
      physical,
      tills: {
        sitoo: new SitooTill(http),
        lightspeed: new LightspeedTill(http, world.lightspeedItemIds),
      },
      tillBeliefs: {
        sitoo: new SitooTillBelief(http, config.beliefRefreshMs),
        lightspeed: lightspeedBelief,
      },
      primaAts: new PrimaAtsBelief(http, config.beliefRefreshMs),
      pastSales: [],
      nextSequence: () => ++sequence,
    };
  }

  private started(): DriverContext {
    if (!this.context) throw new Error('seed() the scenario before running it');
    return this.context;
  }
}

function ratesOf(config: ScenarioConfig): Record<ActivityKind, number> {
  const { rates } = config;
  return {
    onlineOrder: rates.onlineOrdersPerHour,
    posSale: rates.posSalesPerHour,
    return: rates.posSalesPerHour * config.returnRate,
    exchange: rates.posSalesPerHour * config.exchangeRate,
    receipt: rates.receiptsPerHour,
    adjustment: rates.adjustmentsPerHour,
  };
}
