import { Injectable } from '@nestjs/common';
import { Topics, type ErpStockLevel } from '@parity/contracts';
import { KafkaHandler, type ConsumedMessage, type HandlerContext } from '@parity/kafka';
import { InventoryWorld } from '../depots/inventory-world';
import { PushQueueRepository } from './push-queue.repository';
import { tillPushesOf } from './till-pushes';

/** Prima's figures for its store depots (read by edge from Prima's feed), queued for their tills. */
@KafkaHandler(Topics.erpStockLevelsV1)
@Injectable()
export class ErpStockLevelHandler {
  constructor(
    private readonly queue: PushQueueRepository,
    private readonly world: InventoryWorld,
  ) {}

  async handleBatch(
    messages: readonly ConsumedMessage<ErpStockLevel>[],
    ctx: HandlerContext,
  ): Promise<void> {
    const levels = messages.map((message) => message.value);
    await this.queue.enqueue(ctx.tx, tillPushesOf(levels, this.world.current()));
  }
}
