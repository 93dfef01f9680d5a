import { Injectable } from '@nestjs/common';
import { Topics, type IntegrationException } from '@parity/contracts';
import { KafkaHandler, type ConsumedMessage, type HandlerContext } from '@parity/kafka';
import type { InventoryDepots } from '../depots/inventory-depots';
import { InventoryWorld } from '../depots/inventory-world';
import { inventoryMetrics } from '../ledger/inventory-metrics';
import { LedgerRepository } from '../ledger/ledger.repository';

/**
 * Closes the loop on reconciliation's snapshot sweep: a STOCK_DRIFT where a warehouse's own
 * API disagrees with Parity (an event that never arrived, a count without one) opens a DRIFT
 * snapshot request for the pair, so inventory re-reads the owner and re-baselines, and the
 * next sweep finds the pair in step. The exception stays in the ledger for the team to see why.
 */
@KafkaHandler(Topics.exceptionsWarehouseV1)
@Injectable()
export class StockDriftHandler {
  constructor(
    private readonly ledger: LedgerRepository,
    private readonly world: InventoryWorld,
  ) {}

  async handleBatch(
    messages: readonly ConsumedMessage<IntegrationException>[],
    ctx: HandlerContext,
  ): Promise<void> {
    const depots = this.world.current();
    const pairs = messages.flatMap(({ value }) => driftedOwnerPair(value, depots));
    if (pairs.length === 0) return;
    // A pair Parity never held gets its row here, so the worker can answer the request.
    await this.ledger.load(ctx.tx, pairs);
    inventoryMetrics.snapshotRequests.inc({ reason: 'DRIFT' }, pairs.length);
    await this.ledger.requestSnapshots(
      ctx.tx,
      pairs.map((pair) => ({ ...pair, reason: 'DRIFT' as const })),
    );
  }
}

/** The SKU × depot of a drift the depot's own stock owner reported, if that is what it is. */
export function driftedOwnerPair(
  exception: IntegrationException,
  depots: InventoryDepots,
): { sku: string; depot: string }[] {
  const { sku, depot, system } = exception.details;
  if (exception.type !== 'STOCK_DRIFT' || !sku || !depot) return [];
  return depots.ownerOf(depot) === system ? [{ sku, depot }] : [];
}
