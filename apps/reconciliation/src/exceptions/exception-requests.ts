import { EntityType, ExceptionType, Team } from '@parity/contracts';
import { z } from 'zod';
import { cursorOf, pageLimit } from '../http/keyset-cursor';
import { operator } from '../http/operator';
import { exceptionStatuses } from './ledger-entry';

export const exceptionTypes = Object.values(ExceptionType);
export const teams = Object.values(Team);
export const entityTypes = Object.values(EntityType);

/** GET /exceptions query. */
export const listExceptionsQuery = z.strictObject({
  team: z.enum(teams).optional(),
  type: z.enum(exceptionTypes).optional(),
  status: z.enum(exceptionStatuses).optional(),
  limit: pageLimit,
  cursor: cursorOf(1),
});
export type ListExceptionsQuery = z.output<typeof listExceptionsQuery>;

/** POST /exceptions/:id/acknowledge and /resolve body. */
export const transitionBody = z.strictObject({
  by: operator,
  note: z.string().max(2000).optional(),
});
export type TransitionBody = z.output<typeof transitionBody>;

/** Ledger ids are positive integers; anything else cannot name a record. */
export const exceptionId = z
  .string()
  .regex(/^[1-9][0-9]{0,18}$/, 'expected a ledger id (a positive integer)');
