import { z } from 'zod';
import {
  rowKeys,
  rowSchemas,
  tableNames,
  type RowOf,
  type TableName,
  type WorldTables,
} from './world-tables';

/**
 * A change to the world, applied whole or not at all: rows to upsert (a row whose key exists
 * replaces it) and keys to delete, per table.
 */
export const changeSetSchema = z
  .strictObject({
    upsert: z
      .strictObject(
        Object.fromEntries(tableNames.map((t) => [t, z.array(rowSchemas[t]).optional()])) as {
          [T in TableName]: z.ZodOptional<z.ZodArray<(typeof rowSchemas)[T]>>;
        },
      )
      .default({}),
    delete: z
      .strictObject(
        Object.fromEntries(
          tableNames.map((t) => [t, z.array(z.string().min(1)).optional()]),
        ) as Record<TableName, z.ZodOptional<z.ZodArray<z.ZodString>>>,
      )
      .default({}),
  })
  .refine(
    (change) => Object.keys(change.upsert).length + Object.keys(change.delete).length > 0,
    'a change set upserts or deletes something',
  );

export type ChangeSet = z.output<typeof changeSetSchema>;

export type ChangeOutcome =
  | { readonly ok: true; readonly tables: WorldTables }
  | { readonly ok: false; readonly problems: readonly string[] };

/**
 * The world after a change set: deletes first, then upserts in order. Deleting a key the
 * table does not have is refused (it is almost always a typo), naming it.
 */
export function applyChangeSet(tables: WorldTables, change: ChangeSet): ChangeOutcome {
  const problems: string[] = [];
  const next = { ...tables } as Record<TableName, readonly unknown[]>;
  for (const table of tableNames) {
    const keyOf = rowKeys[table] as (row: unknown) => string;
    const rows = new Map(tables[table].map((row) => [keyOf(row), row as unknown]));
    for (const key of change.delete[table] ?? []) {
      if (!rows.delete(key)) problems.push(`${table}[${key}]: no such row to delete`);
    }
    for (const row of change.upsert[table] ?? []) rows.set(keyOf(row), row);
    next[table] = [...rows.values()];
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, tables: next as WorldTables };
}

/** Per table, which keys a change set touches: the audit's "what". */
export function touchedKeys(change: ChangeSet): Partial<Record<TableName, string[]>> {
  const touched: Partial<Record<TableName, string[]>> = {};
  for (const table of tableNames) {
    const keyOf = rowKeys[table] as (row: RowOf<typeof table>) => string;
    const keys = [
      ...(change.upsert[table] ?? []).map((row) => keyOf(row)),
      ...(change.delete[table] ?? []),
    ];
    if (keys.length > 0) touched[table] = keys;
  }
  return touched;
}
