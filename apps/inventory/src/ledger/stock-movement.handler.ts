import { Injectable } from '@nestjs/common';
import { Topics, type StockMovement } from '@parity/contracts';
import {
  KafkaHandler,
  PermanentError,
  type ConsumedMessage,
  type HandlerContext,
} from '@parity/kafka';
import { InventoryWorld } from '../depots/inventory-world';
import { primaPushesOf } from '../push/availability-pushes';
import { PushQueueRepository } from '../push/push-queue.repository';
import { LedgerService } from './ledger.service';
import { malformationOf, rejectionOf } from './movement-admission';

/**
 * Kafka adapter of the ledger: a lane of stock movements in, one availability event per
 * changed SKU × depot out, and its Prima push queued, in the lane's transaction. A movement
 * whose depot the world model does not have, or reported by a system that does not own the
 * depot's stock, is rejected (`ctx.reject`): its exception about the SKU goes to
 * the type's team and the movement is done, unapplied. A malformed one is thrown as a
 * PermanentError: the runtime redoes the lane one message at a time, dead-letters it, and
 * applies the others.
 */
@KafkaHandler(Topics.wmsStockMovementsV1)
@Injectable()
export class StockMovementHandler {
  constructor(
    private readonly ledger: LedgerService,
    private readonly pushes: PushQueueRepository,
    private readonly world: InventoryWorld,
  ) {}

  async handleBatch(
    messages: readonly ConsumedMessage<StockMovement>[],
    ctx: HandlerContext,
  ): Promise<void> {
    // One world version for the whole lane, however the world changes meanwhile.
    const depots = this.world.current();
    const admitted: ConsumedMessage<StockMovement>[] = [];
    for (const message of messages) {
      const malformed = malformationOf(message.value);
      if (malformed) throw new PermanentError(malformed.code, malformed.reason);
      const rejection = rejectionOf(message.value, depots);
      if (rejection) await ctx.reject(message, rejection);
      else admitted.push(message);
    }
    if (admitted.length === 0) return;
    const movements = admitted.map((m) => m.value);
    const { published, pushable } = await this.ledger.applyMovements(ctx.tx, movements, depots);
    await this.pushes.enqueue(ctx.tx, primaPushesOf(pushable, movements, depots));
    // One publish per lane: the outbox takes one trace parent per call, the lane's last movement.
    await ctx.publish(Topics.inventoryAvailabilityV1, published, admitted.at(-1));
  }
}
