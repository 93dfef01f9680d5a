import { z } from 'zod';
import { parseOrReject, rejectSitoo } from './sitoo-rejection';

/*
 * The Events SPI body (vendor-apis.md §2.3): an array of up to ten events in chronological
 * order. Events are thin, naming records by id; edge fetches the order itself.
 * `event_date` is Unix epoch seconds, UTC.
 */

const orderData = z.object({
  eshop_id: z.number().int(),
  order_id: z.number().int().positive(),
  warehouse_id: z.number().int().nullable().optional(),
  order_event_type: z.enum([
    'add',
    'update',
    'ready-for-pickup',
    'pickup-rejected',
    'email-receipt',
  ]),
  order_state_changed: z.enum(['open', 'closed', 'cancelled']).nullable().optional(),
});

const envelope = {
  event_id: z.string().regex(/^(?:[0-9a-f]{32}|[0-9a-f]{8}(?:-[0-9a-f]{4}){3}-[0-9a-f]{12})$/i),
  event_date: z.number().int().nonnegative(),
  account_id: z.union([z.string().min(1), z.number().int()]).transform(String),
};

const OTHER_EVENT_TYPES = [
  'order-delivery',
  'booking',
  'shipment',
  'shipment-v3',
  'warehouse-transaction',
  'z-report',
  'store-z-report',
] as const;

const eventsBody = z
  .array(
    z.discriminatedUnion('event_type', [
      z.object({ ...envelope, event_type: z.literal('order'), data: orderData }),
      z.object({
        ...envelope,
        event_type: z.enum(OTHER_EVENT_TYPES),
        data: z.record(z.string(), z.unknown()),
      }),
    ]),
  )
  .min(1)
  .max(10);

interface ThinEventBase {
  readonly eventId: string;
  readonly accountId: string;
  /** event_date in UTC epoch milliseconds. */
  readonly occurredAt: number;
}

export interface SitooOrderEvent extends ThinEventBase {
  readonly type: 'order';
  readonly orderId: number;
  readonly eshopId: number;
  readonly warehouseId: number | null;
  readonly orderEventType: z.infer<typeof orderData>['order_event_type'];
  readonly orderState: 'open' | 'closed' | 'cancelled' | null;
}

/** Event types Parity does not act on yet, kept with their data for the archive. */
export interface SitooOtherEvent extends ThinEventBase {
  readonly type: (typeof OTHER_EVENT_TYPES)[number];
  readonly data: Readonly<Record<string, unknown>>;
}

export type SitooThinEvent = SitooOrderEvent | SitooOtherEvent;

/** Validates an Events SPI body (raw JSON text or already parsed) into thin events. */
export function parseSitooEvents(body: unknown): SitooThinEvent[] {
  const json = typeof body === 'string' ? parseJson(body) : body;
  const events = parseOrReject(eventsBody, json, 'The Sitoo events body', {
    entityType: 'MESSAGE',
    entityId: firstEventId(json),
  });
  return events.map((event): SitooThinEvent => {
    const base = {
      eventId: event.event_id,
      accountId: event.account_id,
      occurredAt: event.event_date * 1000,
    };
    if (event.event_type !== 'order') return { ...base, type: event.event_type, data: event.data };
    return {
      ...base,
      type: 'order',
      orderId: event.data.order_id,
      eshopId: event.data.eshop_id,
      warehouseId: event.data.warehouse_id ?? null,
      orderEventType: event.data.order_event_type,
      orderState: event.data.order_state_changed ?? null,
    };
  });
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    throw rejectSitoo(
      'PAYLOAD_INVALID',
      'The Sitoo events body is not JSON',
      'MESSAGE',
      'sitoo-events',
    );
  }
}

/** The vendor event id names a rejected body when the body is readable enough to have one. */
function firstEventId(json: unknown): string {
  const first: unknown = Array.isArray(json) ? json[0] : undefined;
  const id = (first as { event_id?: unknown } | undefined)?.event_id;
  return typeof id === 'string' ? id : 'sitoo-events';
}
