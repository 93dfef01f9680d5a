import { changeSetSchema, worldTablesSchema } from '@parity/world';
import { z } from 'zod';
import { cursorOf, pageLimit } from '../http/keyset-cursor';
import { operator } from '../http/operator';

const stamp = {
  by: operator,
  note: z.string().max(2000).optional(),
  /** The version the change was made against: refused (409) if another came since. */
  baseVersion: z.number().int().min(0).optional(),
};

/** POST /world/changes body: a change set, applied whole to the current version. */
export const changeWorldBody = z.strictObject({ ...stamp, change: changeSetSchema });
export type ChangeWorldBody = z.output<typeof changeWorldBody>;

/** PUT /world body: a whole world (the seed file's document), replacing the current one. */
export const replaceWorldBody = z.strictObject({ ...stamp, world: worldTablesSchema });
export type ReplaceWorldBody = z.output<typeof replaceWorldBody>;

/** GET /world/audit query. */
export const auditQuery = z.strictObject({ limit: pageLimit, cursor: cursorOf(1) });
export type AuditQuery = z.output<typeof auditQuery>;

export const worldVersionParam = z.coerce.number().int().min(1);
