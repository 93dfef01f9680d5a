import { Injectable } from '@nestjs/common';
import { Topics, type SalesOrder } from '@parity/contracts';
import { KafkaHandler, type ConsumedMessage, type HandlerContext } from '@parity/kafka';
import type { InventoryDepots } from '../depots/inventory-depots';
import { InventoryWorld } from '../depots/inventory-world';
import { LedgerService, type OrderDemand } from '../ledger/ledger.service';
import { primaPushesOf } from '../push/availability-pushes';
import { PushQueueRepository } from '../push/push-queue.repository';

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
    private readonly world: InventoryWorld,
  ) {}

  async handleBatch(
    messages: readonly ConsumedMessage<SalesOrder>[],
    ctx: HandlerContext,
  ): Promise<void> {
    const depots = this.world.current();
    for (const message of messages) {
      const demand = demandOf(message.value, depots);
      if (!demand) continue;
      const { published, pushable } = await this.ledger.applyOrder(ctx.tx, demand, depots);
      await this.pushes.enqueue(ctx.tx, primaPushesOf(pushable, [], depots));
      await ctx.publish(Topics.inventoryAvailabilityV1, published, message);
    }
  }
}

/** The order's stock lines per SKU, if its depot is a warehouse depot Parity keeps. */
export function demandOf(order: SalesOrder, depots: InventoryDepots): OrderDemand | undefined {
  const owner = depots.ownerOf(order.depot);
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
