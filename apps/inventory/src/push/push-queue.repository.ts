import { Inject, Injectable } from '@nestjs/common';
import { DOCUMENT_RUNTIME, type DocumentRuntime } from '@parity/documents';
import type { EntityManager } from 'typeorm';
import { CatalogueRepository } from '../catalogue/catalogue.repository';
import type { InventorySettings } from '../inventory.config';
import { INVENTORY_SETTINGS } from '../tokens';
import {
  PUSH_TARGETS,
  pushKeyOf,
  pushTypeOf,
  type PushFigure,
  type PushRequest,
  type PushTarget,
} from './push-target';

interface Velocity {
  target: PushTarget;
  depot: string;
  sku: string;
  window_movements: number;
}

/**
 * Where the ledger and Prima's feed ask for pushes: each becomes an ATS push document of the
 * document runtime (latest figure wins, so a burst of changes is one push). Hot pairs (low
 * stock, or moving fast within the velocity window) are due at once; the others at the next
 * sweep boundary, so the sweep pushes every pending change of the catalogue once per
 * interval however often it changed, and their sync lag counts from that boundary. A till's
 * push of a SKU not sellable yet is held until it is.
 */
@Injectable()
export class PushQueueRepository {
  constructor(
    @Inject(INVENTORY_SETTINGS) private readonly settings: InventorySettings,
    @Inject(DOCUMENT_RUNTIME) private readonly documents: DocumentRuntime,
    private readonly catalogue: CatalogueRepository,
  ) {}

  async enqueue(tx: EntityManager, given: readonly PushRequest[]): Promise<void> {
    if (given.length === 0) return;
    const requests = latestPerKey(given);
    const { hot, lowStockUnits, hotMovements, sweepIntervalMs } = this.settings.push.cadence;
    const velocity = hot ? await this.countMovements(tx, requests) : new Map<string, number>();
    const now = Date.now();
    const nextSweep = now - (now % sweepIntervalMs) + sweepIntervalMs;
    // A till cannot take a figure for an item it does not hold yet: the push waits for the
    // SKU to be sellable (CatalogueReadiness releases it). Prima's shows 0 meanwhile (the ledger).
    const tillSkus = requests.filter((r) => r.target !== 'PRIMA').map((r) => r.sku);
    const unsellable = await this.catalogue.notReady(tx, [...new Set(tillSkus)]);
    for (const target of PUSH_TARGETS) {
      const ours = requests.filter((r) => r.target === target);
      if (ours.length === 0) continue;
      await this.documents.request<PushFigure>(
        tx,
        pushTypeOf(target),
        ours.map((r) => {
          const isHot =
            hot && (r.ats <= lowStockUnits || (velocity.get(idOf(r)) ?? 0) >= hotMovements);
          return {
            key: pushKeyOf(r),
            version: r.version,
            payload: {
              depot: r.depot,
              sku: r.sku,
              ats: r.ats,
              onHand: r.onHand,
              pending: r.pending,
              quantityScale: r.quantityScale,
              changedAt: r.changedAt,
            },
            dueAt: isHot ? now : nextSweep,
            arisenAt: isHot ? r.changedAt : nextSweep,
            held: target !== 'PRIMA' && unsellable.has(r.sku),
          };
        }),
      );
    }
  }

  /**
   * Drops queued pushes to a target × depot inventory no longer pushes to (the world model
   * closed a store or moved a till to another depot; no connection to the target): nobody
   * would push them, and refusing them one by one would raise exceptions nobody can act on.
   * Answers how many.
   */
  discardUnconfigured(
    tx: EntityManager,
    pushed: readonly { target: PushTarget; depot: string }[],
  ): Promise<number> {
    return this.documents.store.cancelUnlessKeyed(
      tx,
      PUSH_TARGETS.map(pushTypeOf),
      pushed.map((p) => ({ type: pushTypeOf(p.target), keyPrefix: `${p.depot}:` })),
    );
  }

  /** Each pair's movements within the velocity window, this lane's included. */
  private async countMovements(
    tx: EntityManager,
    requests: readonly PushRequest[],
  ): Promise<Map<string, number>> {
    const rows: Velocity[] = await tx.query(
      `INSERT INTO inventory.push_velocity AS v (target, depot, sku, window_start, window_movements)
       SELECT target, depot, sku, now(), movements
         FROM unnest($1::text[], $2::text[], $3::text[], $4::int4[]) AS i(target, depot, sku, movements)
       ON CONFLICT (target, depot, sku) DO UPDATE SET
         window_movements = CASE WHEN v.window_start > now() - $5 * interval '1 millisecond'
                                 THEN v.window_movements + EXCLUDED.window_movements
                                 ELSE EXCLUDED.window_movements END,
         window_start = CASE WHEN v.window_start > now() - $5 * interval '1 millisecond'
                             THEN v.window_start ELSE now() END
       RETURNING target, depot, sku, window_movements`,
      [
        requests.map((r) => r.target),
        requests.map((r) => r.depot),
        requests.map((r) => r.sku),
        requests.map((r) => r.movements),
        this.settings.push.cadence.velocityWindowMs,
      ],
    );
    return new Map(rows.map((row) => [idOf(row), row.window_movements]));
  }
}

function idOf(r: { target: string; depot: string; sku: string }): string {
  return `${r.target}|${r.depot}|${r.sku}`;
}

/**
 * One request per target × depot × SKU, the last given, with the movements of all of them,
 * in key order: the ledger's and the orders' lanes lock a pair's rows in the same order.
 */
function latestPerKey(requests: readonly PushRequest[]): PushRequest[] {
  const latest = new Map<string, PushRequest>();
  for (const r of requests) {
    const before = latest.get(idOf(r));
    latest.set(idOf(r), before ? { ...r, movements: before.movements + r.movements } : r);
  }
  return [...latest.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([, r]) => r);
}
