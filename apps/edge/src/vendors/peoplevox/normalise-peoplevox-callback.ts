import type { CanonicalEvent, NormaliseContext } from '../../ingest/canonical-event';
import { availabilitySnapshot } from './availability-snapshot.mapper';
import { readCallbackParams, type CallbackParams } from './callback-params';
import { packageDespatched, trackingNumberReceived } from './despatch.mapper';
import { goodsReceipt } from './goods-received.mapper';
import { orderStatusChanged } from './order-status.mapper';
import type { PeoplevoxCallbackEvent } from '@parity/connectors';
import { returnReceived } from './return.mapper';

const MAPPERS: Readonly<
  Record<
    PeoplevoxCallbackEvent,
    (params: CallbackParams, ctx: NormaliseContext) => CanonicalEvent[]
  >
> = {
  AvailabilityChanges: availabilitySnapshot,
  SalesOrderStatusChanges: orderStatusChanged,
  GoodsReceived: goodsReceipt,
  TrackingNumberReceived: trackingNumberReceived,
  DespatchPackageDespatched: packageDespatched,
  Returns: returnReceived,
};

/**
 * A Peoplevox subscription callback, as edge received it on the event's path (see
 * PEOPLEVOX_CALLBACK_TEMPLATES), to canonical events. `rawQuery` is the URL's query string,
 * undecoded. Throws PayloadRejected for a payload edge must refuse.
 */
export function normalisePeoplevoxCallback(
  event: PeoplevoxCallbackEvent,
  rawQuery: string,
  ctx: NormaliseContext,
): CanonicalEvent[] {
  return MAPPERS[event](readCallbackParams(rawQuery), ctx);
}
