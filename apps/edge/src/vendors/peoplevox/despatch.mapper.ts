import { Topics } from '@parity/contracts';
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
  optionalOne,
  parseCallback,
  peoplevoxHeader,
  sameLength,
  ukTime,
  wholeNumbers,
} from './callback-fields';

const packageSchema = z
  .object({
    SalesOrderNumber: one,
    DespatchNumber: one,
    DespatchDate: ukTime,
    Carrier: one,
    ServiceType: optionalOne,
    TrackingNumber: optionalOne,
    SiteReference: one,
    'Items.Line': wholeNumbers,
    'Items.ItemCode': list.pipe(z.array(z.string().min(1)).min(1)),
    'Items.Quantity': wholeNumbers,
  })
  .refine(
    (p) => sameLength([p['Items.Line'], p['Items.ItemCode'], p['Items.Quantity']]),
    'package lines are ragged',
  );

/**
 * DespatchPackageDespatched: one package left with only its own lines. An order despatched in
 * parts yields one such callback per package, so each becomes its own DESPATCHED event, keyed
 * by DespatchNumber, and later its own despatch note.
 */
export function packageDespatched(params: CallbackParams, ctx: NormaliseContext): CanonicalEvent[] {
  const p = parseCallback(packageSchema, params, {
    entityType: 'DESPATCH',
    entityId: firstOf(params, 'DespatchNumber'),
  });
  return [
    canonical(Topics.wmsOrderEventsV1, {
      header: peoplevoxHeader(
        `peoplevox:DespatchPackageDespatched:${p.DespatchNumber}`,
        p.DespatchDate,
        ctx,
      ),
      orderNo: p.SalesOrderNumber,
      wmsOrderRef: null,
      depot: depotFor(p.SiteReference, ctx),
      kind: 'DESPATCHED',
      despatchRef: p.DespatchNumber,
      lines: p['Items.ItemCode'].map((sku, i) => ({
        lineNo: p['Items.Line'][i] as number,
        sku,
        quantity: p['Items.Quantity'][i] as number,
        quantityScale: 0,
      })),
      shipment: {
        carrier: p.Carrier,
        service: p.ServiceType,
        trackingNumbers: p.TrackingNumber ? [p.TrackingNumber] : [],
        trackingUrl: null,
      },
    }),
  ];
}

const trackingSchema = z.object({
  DespatchNumber: one,
  TrackingNumber: one,
  'Carrier.Number': one,
  'ServiceType.Code': optionalOne,
  'Picks.SalesOrder.SalesOrderNumber': one,
  SiteReference: one,
  Timestamp: ukTime,
});

/**
 * TrackingNumberReceived: the carrier has labelled a package, so it is packed; the callback
 * names no lines. It becomes PACKED with the shipment and no lines, never a second DESPATCHED:
 * the package's despatch (with the same tracking number) arrives as DespatchPackageDespatched,
 * and one despatch must make exactly one despatch note.
 */
export function trackingNumberReceived(
  params: CallbackParams,
  ctx: NormaliseContext,
): CanonicalEvent[] {
  const p = parseCallback(trackingSchema, params, {
    entityType: 'DESPATCH',
    entityId: firstOf(params, 'DespatchNumber'),
  });
  return [
    canonical(Topics.wmsOrderEventsV1, {
      header: peoplevoxHeader(
        `peoplevox:TrackingNumberReceived:${p.DespatchNumber}:${p.TrackingNumber}`,
        p.Timestamp,
        ctx,
      ),
      orderNo: p['Picks.SalesOrder.SalesOrderNumber'],
      wmsOrderRef: null,
      depot: depotFor(p.SiteReference, ctx),
      kind: 'PACKED',
      despatchRef: p.DespatchNumber,
      lines: [],
      shipment: {
        carrier: p['Carrier.Number'],
        service: p['ServiceType.Code'],
        trackingNumbers: [p.TrackingNumber],
        trackingUrl: null,
      },
    }),
  ];
}
