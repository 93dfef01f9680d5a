import { Injectable } from '@nestjs/common';
import { Topics, type Availability, type StockMovement, type SyncAck } from '@parity/contracts';
import { KafkaHandler, type ConsumedMessage, type HandlerContext } from '@parity/kafka';
import { StockParity } from './stock-parity.service';

// The three streams feeding the view. Each message applies in the lane's transaction; the
// runtime's inbox skips redeliveries, and version/sequence checks make replays harmless.

@KafkaHandler(Topics.inventoryAvailabilityV1)
@Injectable()
export class AvailabilityHandler {
  constructor(private readonly parity: StockParity) {}

  handle(message: ConsumedMessage<Availability>, ctx: HandlerContext): Promise<void> {
    return this.parity.applyAvailability(ctx.tx, message.value);
  }
}

@KafkaHandler(Topics.inventorySyncAcksV1)
@Injectable()
export class SyncAckHandler {
  constructor(private readonly parity: StockParity) {}

  handle(message: ConsumedMessage<SyncAck>, ctx: HandlerContext): Promise<void> {
    return this.parity.applySyncAck(ctx.tx, message.value);
  }
}

@KafkaHandler(Topics.wmsStockMovementsV1)
@Injectable()
export class StockMovementHandler {
  constructor(private readonly parity: StockParity) {}

  handle(message: ConsumedMessage<StockMovement>, ctx: HandlerContext): Promise<void> {
    return this.parity.applyStockMovement(ctx.tx, message.value);
  }
}
