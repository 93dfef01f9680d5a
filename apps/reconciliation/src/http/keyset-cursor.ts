import { z } from 'zod';

/**
 * Keyset cursors: the sort key of the last row of a page, opaque to clients (base64url JSON),
 * so the next page starts after it at the cost of an index seek whatever the depth.
 */
export function encodeCursor(key: readonly string[]): string {
  return Buffer.from(JSON.stringify(key)).toString('base64url');
}

/** A query-string cursor of `size` parts; an undecodable one is a validation error. */
export function cursorOf(size: number) {
  return z
    .string()
    .transform((raw, ctx) => {
      try {
        const key: unknown = JSON.parse(Buffer.from(raw, 'base64url').toString('utf8'));
        if (Array.isArray(key) && key.length === size && key.every((k) => typeof k === 'string')) {
          return key as string[];
        }
      } catch {
        // Reported below like any other malformed cursor.
      }
      ctx.addIssue({ code: 'custom', message: 'not a cursor this API returned' });
      return z.NEVER;
    })
    .optional();
}

/** `limit`: a page size from 1 to 500, 50 unless given. */
export const pageLimit = z.coerce.number().int().min(1).max(500).default(50);
