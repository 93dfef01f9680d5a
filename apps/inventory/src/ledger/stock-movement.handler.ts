import { Inject, Injectable } from '@nestjs/common';
import { Topics, type StockMovement } from '@parity/contracts';
import {
  KafkaHandler,
  PermanentError,
  type ConsumedMessage,
  type HandlerContext,
} from '@parity/kafka';
import type { InventorySettings } from '../inventory.config';
import { primaPushesOf } from '../push/availability-pushes';
import { PushQueueRepository } from '../push/push-queue.repository';
import { INVENTORY_SETTINGS } from '../tokens';
import { LedgerService } from './ledger.service';
import { rejectionOf } from './movement-admission';

/**
 * Kafka adapter of the ledger: a lane of stock movements in, one availability event per
 * changed SKU × depot out, and its Prima push queued, in the lane's transaction. A rejected movement is thrown as a
 * PermanentError: the runtime then redoes the lane one message at a time, dead-letters that
 * one with its exception for the warehouse team, and applies the others.
 */
@KafkaHandler(Topics.wmsStockMovementsV1)
@Injectable()
export class StockMovementHandler {
  constructor(
    private readonly ledger: LedgerService,
    private readonly pushes: PushQueueRepository,
    @Inject(INVENTORY_SETTINGS) private readonly settings: InventorySettings,
  ) {}

  async handleBatch(
    messages: readonly ConsumedMessage<StockMovement>[],
    ctx: HandlerContext,
  ): Promise<void> {
    for (const { value } of messages) {
      const rejection = rejectionOf(value, this.settings.depots);
      if (rejection) {
        throw new PermanentError(rejection.code, rejection.reason, {
          exceptionType: rejection.exceptionType,
        });
      }
    }
    const movements = messages.map((m) => m.value);
    const { published, pushable } = await this.ledger.applyMovements(ctx.tx, movements);
    await this.pushes.enqueue(ctx.tx, primaPushesOf(pushable, movements, this.settings.depots));
    // One publish per lane: the outbox takes one trace parent per call, the lane's last movement.
    await ctx.publish(Topics.inventoryAvailabilityV1, published, messages.at(-1));
  }
}
