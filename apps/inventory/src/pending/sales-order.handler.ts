import { Inject, Injectable } from '@nestjs/common';
import { Topics, type SalesOrder } from '@parity/contracts';
import { KafkaHandler, type ConsumedMessage, type HandlerContext } from '@parity/kafka';
import type { DepotMap } from '../depots/depot-settings';
import type { InventorySettings } from '../inventory.config';
import { LedgerService, type OrderDemand } from '../ledger/ledger.service';
import { primaPushesOf } from '../push/availability-pushes';
import { PushQueueRepository } from '../push/push-queue.repository';
import { INVENTORY_SETTINGS } from '../tokens';

/**
 * Approved Prima orders for warehouse depots, held back from available-to-sell until their
 * warehouse allocates them (the ledger's `pending`): without it, the warehouse's figures pushed
 * to Prima would hand back stock Prima has already promised. Store depots are left out: Prima
 * owns their stock, so its own figure already counts its orders.
 */
@KafkaHandler(Topics.erpSalesOrdersV1)
@Injectable()
export class SalesOrderHandler {
  constructor(
    private readonly ledger: LedgerService,
    private readonly pushes: PushQueueRepository,
    @Inject(INVENTORY_SETTINGS) private readonly settings: InventorySettings,
  ) {}

  async handleBatch(
    messages: readonly ConsumedMessage<SalesOrder>[],
    ctx: HandlerContext,
  ): Promise<void> {
    for (const message of messages) {
      const demand = demandOf(message.value, this.settings.depots);
      if (!demand) continue;
      const { published, pushable } = await this.ledger.applyOrder(ctx.tx, demand);
      await this.pushes.enqueue(ctx.tx, primaPushesOf(pushable, [], this.settings.depots));
      await ctx.publish(Topics.inventoryAvailabilityV1, published, message);
    }
  }
}

/** The order's stock lines per SKU, if its depot is a warehouse depot Parity keeps. */
export function demandOf(order: SalesOrder, depots: DepotMap): OrderDemand | undefined {
  const owner = depots[order.depot]?.owner;
  if (owner === undefined || owner === 'PRIMA') return undefined;
  const units = new Map<string, number>();
  for (const line of order.lines) {
    if (line.isStockItem) units.set(line.sku, (units.get(line.sku) ?? 0) + line.quantity);
  }
  return {
    orderNo: order.orderNo,
    depot: order.depot,
    cancelled: order.status === 'CANCELLED',
    units,
    header: order.header,
  };
}
