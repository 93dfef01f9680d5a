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
  parseCallback,
  peoplevoxHeader,
  sameLength,
  ukTime,
  wholeNumbers,
} from './callback-fields';

const schema = z
  .object({
    ReturnCode: one,
    SalesOrderNumber: one,
    ReturnDate: ukTime,
    SiteReference: one,
    'Items.Line': wholeNumbers,
    'Items.ItemCode': list.pipe(z.array(z.string().min(1)).min(1)),
    'Items.Quantity': wholeNumbers,
    'Items.ReturnReason': list,
    'Items.ReturnCondition': list,
  })
  .refine(
    (p) =>
      sameLength([
        p['Items.Line'],
        p['Items.ItemCode'],
        p['Items.Quantity'],
        p['Items.ReturnReason'],
        p['Items.ReturnCondition'],
      ]),
    'return lines are ragged',
  );

/**
 * Returns: a returns receipt against the original sales order. Peoplevox's return condition
 * "NEW" is resaleable; any other condition is held back as QUARANTINE until inspected.
 */
export function returnReceived(params: CallbackParams, ctx: NormaliseContext): CanonicalEvent[] {
  const p = parseCallback(schema, params, {
    entityType: 'RETURN',
    entityId: firstOf(params, 'ReturnCode'),
  });
  return [
    canonical(Topics.wmsReturnsV1, {
      header: peoplevoxHeader(`peoplevox:Returns:${p.ReturnCode}`, p.ReturnDate, ctx),
      orderNo: p.SalesOrderNumber,
      returnRef: p.ReturnCode,
      rmaNo: null,
      depot: depotFor(p.SiteReference, ctx),
      lines: p['Items.ItemCode'].map((sku, i) => ({
        lineNo: p['Items.Line'][i] ?? null,
        sku,
        quantity: p['Items.Quantity'][i] as number,
        quantityScale: 0,
        condition:
          p['Items.ReturnCondition'][i] === 'NEW' ? ('SELLABLE' as const) : ('QUARANTINE' as const),
        reasonCode: p['Items.ReturnReason'][i] || null,
      })),
    }),
  ];
}
