import type { EntityType, EventHeader } from '@parity/contracts';
import type { z } from 'zod';
import { PayloadRejected, type NormaliseContext } from '../../ingest/canonical-event';

/** The entity part of a Prima event id: `prima:<entity>:<id>:<modifiedAt>`. */
export type PrimaEntity = 'item' | 'so' | 'po' | 'stock';

/**
 * The header of an event built from one Prima record version. The id is deterministic from the
 * record and its modifiedAt, so polling the same version twice yields the same event. Prima is
 * assumed to keep UTC (vendor-apis.md §6), so that is the source time zone.
 */
export function primaHeader(
  entity: PrimaEntity,
  id: string,
  modifiedAt: string,
  ctx: NormaliseContext,
): EventHeader {
  return {
    eventId: `prima:${entity}:${id}:${modifiedAt}`,
    source: 'PRIMA',
    producedBy: 'edge/prima-poll',
    occurredAt: Date.parse(modifiedAt),
    sourceTimeZone: 'UTC',
    archiveRef: ctx.archiveRef,
  };
}

interface RejectionTarget {
  readonly kind: string;
  readonly entityType: EntityType;
  /** The field naming the entity, read even from a record that fails the schema. */
  readonly idField: string;
}

/** The record parsed by its schema, or a PayloadRejected (PAYLOAD_INVALID) naming every bad field. */
export function parsePrimaRecord<T>(
  schema: z.ZodType<T>,
  record: unknown,
  target: RejectionTarget,
  ctx: NormaliseContext,
): T {
  const parsed = schema.safeParse(record);
  if (parsed.success) return parsed.data;
  const problems = parsed.error.issues
    .map((issue) => `${issue.path.join('.') || '(record)'}: ${issue.message}`)
    .join('; ');
  const id = (record as Record<string, unknown> | null)?.[target.idField];
  throw new PayloadRejected(
    'PRIMA.PAYLOAD_INVALID',
    `Prima ${target.kind} record does not match Prima's API shape: ${problems}`,
    {
      type: 'PAYLOAD_INVALID',
      entityType: target.entityType,
      entityId: typeof id === 'string' && id.length > 0 ? id : ctx.archiveRef,
    },
  );
}
