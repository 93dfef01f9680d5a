import type { EntityType, EventHeader } from '@parity/contracts';
import type { z } from 'zod';
import { PayloadRejected, type NormaliseContext } from '../../ingest/canonical-event';

/** The Automations triggers edge turns into events; each arrives at its own URL. */
export const CLARUS_TRIGGERS = [
  'sales-order-completed',
  'goods-in-completed',
  'stock-adjustment-positive',
  'stock-adjustment-negative',
  'stock-placed-on-hold',
  'stock-taken-off-hold',
] as const;
export type ClarusTrigger = (typeof CLARUS_TRIGGERS)[number];

export interface ClarusEntity {
  readonly entityType: EntityType;
  readonly entityId: string;
}

/** Parses a payload against its schema, or rejects it naming the first fields that are wrong. */
export function parseClarus<T>(
  schema: z.ZodType<T>,
  payload: unknown,
  trigger: ClarusTrigger,
  entity: ClarusEntity,
): T {
  const result = schema.safeParse(payload);
  if (result.success) return result.data;
  const problems = result.error.issues
    .slice(0, 5)
    .map((issue) => `${issue.path.join('.') || '(payload)'}: ${issue.message}`);
  throw new PayloadRejected(
    'CLARUS.PAYLOAD_INVALID',
    `Clarus ${trigger} payload does not match its shape: ${problems.join('; ')}`,
    { type: 'PAYLOAD_INVALID', ...entity },
  );
}

/** The depot a Clarus warehouse is, or a LOCATION_UNMAPPED rejection. */
export function depotOf(warehouse: string, ctx: NormaliseContext): string {
  const depot = ctx.locations.depotFor('clarus', warehouse);
  if (depot) return depot;
  throw new PayloadRejected(
    'CLARUS.LOCATION_UNMAPPED',
    `Clarus warehouse ${warehouse} is mapped to no Parity depot; add it to the location map`,
    { type: 'LOCATION_UNMAPPED', entityType: 'DEPOT', entityId: warehouse },
  );
}

/**
 * The header of an event built from a Clarus webhook. The id is deterministic from Clarus's
 * own ids (`clarus:<trigger>:<record id>:<movement or version>`), so a duplicate delivery
 * yields the same event id; the source time zone is the offset Clarus wrote.
 */
export function clarusHeader(
  trigger: ClarusTrigger,
  recordId: number,
  movementOrVersion: number,
  at: string,
  ctx: NormaliseContext,
): EventHeader {
  return {
    eventId: `clarus:${trigger}:${recordId}:${movementOrVersion}`,
    source: 'CLARUS',
    producedBy: 'edge/clarus-webhook',
    occurredAt: Date.parse(at),
    sourceTimeZone: utcOffsetOf(at),
    archiveRef: ctx.archiveRef,
  };
}

/** `+01:00` from `2026-11-20T10:35:00+01:00`; `Z` is written as `+00:00`. */
export function utcOffsetOf(isoTimestamp: string): string {
  const offset = /([+-]\d{2}:?\d{2}|Z)$/.exec(isoTimestamp)?.[1];
  if (!offset || offset === 'Z') return '+00:00';
  return offset.includes(':') ? offset : `${offset.slice(0, 3)}:${offset.slice(3)}`;
}

/** A field of a payload that has not been validated yet, to name it in a rejection. */
export function peekString(payload: unknown, field: string): string | undefined {
  const value = isObject(payload) ? payload[field] : undefined;
  return typeof value === 'string' ? value : undefined;
}

/** The SKU (external_system_reference1) of an unvalidated stock payload, if it has one. */
export function peekSku(payload: unknown): string | undefined {
  const product = isObject(payload) ? payload.product : undefined;
  return peekString(product, 'external_system_reference1');
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}
