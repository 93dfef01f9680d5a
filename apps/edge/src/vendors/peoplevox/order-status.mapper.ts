import { Topics, type WmsOrderEventKind } from '@parity/contracts';
import { z } from 'zod';
import {
  canonical,
  type CanonicalEvent,
  type NormaliseContext,
} from '../../ingest/canonical-event';
import type { CallbackParams } from './callback-params';
import {
  depotFor,
  firstOf,
  list,
  one,
  parseCallback,
  peoplevoxHeader,
  sameLength,
  ukTime,
  wholeNumbers,
} from './callback-fields';

/**
 * Peoplevox order statuses that are a step Parity tracks. New is the release Parity made
 * itself, and despatches are reported per package by DespatchPackageDespatched, so
 * "Partially despatched" and "Despatched" add nothing and make no event.
 */
const KIND_OF_STATUS: Readonly<Record<string, WmsOrderEventKind | null>> = {
  New: null,
  'Partially allocated': 'PARTIALLY_ALLOCATED',
  Allocated: 'ALLOCATED',
  Picked: 'PICKED',
  Packed: 'PACKED',
  'Partially despatched': null,
  Despatched: null,
  Cancelled: 'CANCELLED',
};

const schema = z
  .object({
    SalesOrderNumber: one,
    'SalesOrderStatus.Name': one.refine(
      (status) => status in KIND_OF_STATUS,
      'not a known sales order status',
    ),
    LastModificationTime: ukTime,
    SiteReference: one,
    'Lines.Line': wholeNumbers,
    'Lines.ItemCode': list,
    'Lines.QuantityAllocated': wholeNumbers,
  })
  .refine(
    (p) => sameLength([p['Lines.Line'], p['Lines.ItemCode'], p['Lines.QuantityAllocated']]),
    'order lines are ragged',
  );

/** SalesOrderStatusChanges: the order's new status, with the units allocated on each line. */
export function orderStatusChanged(
  params: CallbackParams,
  ctx: NormaliseContext,
): CanonicalEvent[] {
  const p = parseCallback(schema, params, {
    entityType: 'SALES_ORDER',
    entityId: firstOf(params, 'SalesOrderNumber'),
  });
  const status = p['SalesOrderStatus.Name'];
  const kind = KIND_OF_STATUS[status];
  if (!kind) return [];
  const lines =
    kind === 'CANCELLED'
      ? []
      : p['Lines.ItemCode']
          .map((sku, i) => ({
            lineNo: p['Lines.Line'][i] as number,
            sku,
            quantity: p['Lines.QuantityAllocated'][i] as number,
            quantityScale: 0,
          }))
          .filter((line) => line.quantity > 0);
  return [
    canonical(Topics.wmsOrderEventsV1, {
      header: peoplevoxHeader(
        `peoplevox:SalesOrderStatusChanges:${p.SalesOrderNumber}:${status}:${p.LastModificationTime}`,
        p.LastModificationTime,
        ctx,
      ),
      orderNo: p.SalesOrderNumber,
      wmsOrderRef: null,
      depot: depotFor(p.SiteReference, ctx),
      kind,
      despatchRef: null,
      lines,
      shipment: null,
    }),
  ];
}
