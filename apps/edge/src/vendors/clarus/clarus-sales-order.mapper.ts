import { Topics } from '@parity/contracts';
import {
  canonical,
  type CanonicalEvent,
  type NormaliseContext,
} from '../../ingest/canonical-event';
import { clarusHeader, depotOf, parseClarus, peekString } from './clarus-payload';
import { salesOrderCompleted } from './clarus-webhook.schemas';

/**
 * "Sales order completed (dispatched)" → one DESPATCHED order event. Clarus fires it once, when
 * the order is fully dispatched, so the order id is the despatch reference: there is no
 * separate consignment id and no part-despatch to tell apart (vendor-apis.md §4.4).
 */
export function clarusSalesOrderCompleted(
  payload: unknown,
  ctx: NormaliseContext,
): CanonicalEvent[] {
  const order = parseClarus(salesOrderCompleted, payload, 'sales-order-completed', {
    entityType: 'SALES_ORDER',
    entityId: peekString(payload, 'reference') ?? 'clarus:sales-order-completed',
  });
  const depot = depotOf(order.warehouse, ctx);
  return [
    canonical(Topics.wmsOrderEventsV1, {
      header: clarusHeader(
        'sales-order-completed',
        order.id,
        order.version,
        order.dispatched_at,
        ctx,
      ),
      orderNo: order.reference,
      wmsOrderRef: String(order.id),
      depot,
      kind: 'DESPATCHED',
      despatchRef: String(order.id),
      lines: order.lines
        .filter((line) => line.dispatched_quantity > 0)
        .map((line) => ({
          lineNo: line.line_number,
          sku: line.product.external_system_reference1,
          quantity: line.dispatched_quantity,
          quantityScale: 0,
        })),
      shipment: order.carrier
        ? {
            carrier: order.carrier,
            service: order.service ?? null,
            trackingNumbers: order.tracking_numbers,
            trackingUrl: order.tracking_url ?? null,
          }
        : null,
    }),
  ];
}
