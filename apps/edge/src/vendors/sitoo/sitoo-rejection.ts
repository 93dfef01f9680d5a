import type { EntityType, ExceptionType } from '@parity/contracts';
import { PayloadRejected } from '../../ingest/canonical-event';
import type { z } from 'zod';

/** A rejected Sitoo payload, coded `SITOO.<type>`; the type's owner acts on it. */
export function rejectSitoo(
  type: ExceptionType,
  message: string,
  entityType: EntityType,
  entityId: string,
): PayloadRejected {
  return new PayloadRejected(`SITOO.${type}`, message, {
    type,
    entityType,
    entityId,
  });
}

/** Parses with a zod schema; a payload that breaks Sitoo's shape is PAYLOAD_INVALID. */
export function parseOrReject<T>(
  schema: z.ZodType<T>,
  payload: unknown,
  what: string,
  entity: { entityType: EntityType; entityId: string },
): T {
  const result = schema.safeParse(payload);
  if (result.success) return result.data;
  const problems = result.error.issues
    .slice(0, 5)
    .map((issue) => `${issue.path.join('.') || '(body)'}: ${issue.message}`)
    .join('; ');
  throw rejectSitoo(
    'PAYLOAD_INVALID',
    `${what} breaks Sitoo's shape: ${problems}`,
    entity.entityType,
    entity.entityId,
  );
}
