import type { Vendor } from '@parity/connectors';

/** One payload as it reached edge: a webhook body, a callback's query string, or a polled record. */
export interface InboundDelivery {
  readonly vendor: Vendor;
  /** What it is: `clarus.sales-order-completed`, `lightspeed.sale`. Bounded, used as a metric label. */
  readonly channel: string;
  /**
   * What makes a redelivery recognisable: the vendor's event or delivery id, or a record id
   * plus its version for polls. When the vendor gives none, the body's SHA-256 is used.
   */
  readonly dedupeKey?: string;
  readonly body: Buffer;
  readonly contentType: string;
  /** Request headers with credentials removed (see `redactHeaders`). */
  readonly headers: Readonly<Record<string, string>>;
  readonly remoteAddress?: string;
  readonly receivedAt: Date;
}

const SECRET_HEADERS = new Set(['authorization', 'cookie', 'proxy-authorization', 'x-api-key']);

/** Headers worth keeping as evidence, without the ones that carry credentials. */
export function redactHeaders(
  headers: Readonly<Record<string, string | string[] | undefined>>,
): Record<string, string> {
  const kept: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value === undefined) continue;
    kept[name] = SECRET_HEADERS.has(name.toLowerCase())
      ? '[redacted]'
      : Array.isArray(value)
        ? value.join(', ')
        : value;
  }
  return kept;
}
