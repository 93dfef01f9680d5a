import type { EntityType, EventHeader } from '@parity/contracts';
import { z } from 'zod';
import { PayloadRejected, type NormaliseContext } from '../../ingest/canonical-event';
import type { CallbackParams } from './callback-params';
import { parseUkLocalTime } from '@parity/connectors';

/** Zod pieces for callback parameters, each a list of values (see callback-params.ts). */
export const one = z
  .array(z.string().min(1))
  .length(1)
  .transform(([value]) => value as string);
export const optionalOne = z
  .array(z.string())
  .max(1)
  .optional()
  .transform((values) => values?.[0] || null);
export const wholeNumber = one.pipe(
  z
    .string()
    .regex(/^-?\d+$/, 'not a whole number')
    .transform(Number),
);
export const ukTime = one.transform((text, ctx) => {
  const utcMs = parseUkLocalTime(text)?.utcMs;
  if (utcMs === undefined) {
    ctx.addIssue({ code: 'custom', message: `"${text}" is not a dd/MM/yyyy HH:mm time` });
    return z.NEVER;
  }
  return utcMs;
});
export const list = z.array(z.string()).default([]);
export const wholeNumbers = z
  .array(z.string().regex(/^\d+$/, 'not a whole number').transform(Number))
  .default([]);

/** Parallel lists of a collection path (one value per line) must have one length. */
export function sameLength(lists: readonly (readonly unknown[])[]): boolean {
  return lists.every((values) => values.length === lists[0]?.length);
}

/**
 * Validates a callback against its schema; a payload that breaks it is rejected as
 * PAYLOAD_INVALID with zod's account of every problem, naming the entity it was about.
 */
export function parseCallback<T>(
  schema: z.ZodType<T>,
  params: CallbackParams,
  entity: { entityType: EntityType; entityId: string },
): T {
  const parsed = schema.safeParse(params);
  if (parsed.success) return parsed.data;
  const problems = parsed.error.issues.map(
    (issue) => `${issue.path.join('.') || 'payload'}: ${issue.message}`,
  );
  throw new PayloadRejected(
    'PEOPLEVOX.PAYLOAD_INVALID',
    `Peoplevox callback is invalid: ${problems.join('; ')}`,
    {
      type: 'PAYLOAD_INVALID',
      ...entity,
    },
  );
}

/** The first value of a field, to name the entity of a payload that may not validate. */
export function firstOf(params: CallbackParams, field: string): string {
  return params[field]?.[0] ?? 'unknown';
}

/** Parity's depot for a Peoplevox site, or LOCATION_UNMAPPED. */
export function depotFor(site: string, ctx: NormaliseContext): string {
  const depot = ctx.locations.depotFor('peoplevox', site);
  if (depot === undefined) {
    throw new PayloadRejected(
      'PEOPLEVOX.LOCATION_UNMAPPED',
      `Peoplevox site "${site}" maps to no depot; add it to the location mapping`,
      { type: 'LOCATION_UNMAPPED', entityType: 'DEPOT', entityId: site },
    );
  }
  return depot;
}

export function peoplevoxHeader(
  eventId: string,
  occurredAt: number,
  ctx: NormaliseContext,
): EventHeader {
  return {
    eventId,
    source: 'PEOPLEVOX',
    producedBy: 'edge/peoplevox-callback',
    occurredAt,
    sourceTimeZone: 'Europe/London',
    archiveRef: ctx.archiveRef,
  };
}
