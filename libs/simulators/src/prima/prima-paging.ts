import type { Request } from 'express';
import { fromZod } from './prima-problem';
import { pagingSchema } from './prima-schemas';

export interface PageBody {
  readonly data: readonly unknown[];
  readonly page: number;
  readonly pageSize: number;
  readonly total: number;
}

interface Versioned {
  readonly modifiedAt: string;
}

/**
 * One page of a listing, `?page&pageSize`, optionally only records changed at or after
 * `modifiedSince` (inclusive, so a client resuming from the last change it saw loses nothing).
 * Always ordered by modifiedAt, then id: the order is total, so paging is deterministic.
 */
export function pageOf<T extends Versioned>(
  req: Request,
  records: Iterable<T>,
  idOf: (record: T) => string,
  present: (record: T) => unknown,
): PageBody {
  const parsed = pagingSchema.safeParse(req.query);
  if (!parsed.success) throw fromZod(parsed.error);
  const { page, pageSize, modifiedSince } = parsed.data;
  const since = modifiedSince ? Date.parse(modifiedSince) : -Infinity;
  const matching = [...records]
    .filter((record) => Date.parse(record.modifiedAt) >= since)
    .sort(
      (a, b) =>
        Date.parse(a.modifiedAt) - Date.parse(b.modifiedAt) ||
        (idOf(a) < idOf(b) ? -1 : idOf(a) > idOf(b) ? 1 : 0),
    );
  const start = (page - 1) * pageSize;
  return {
    data: matching.slice(start, start + pageSize).map(present),
    page,
    pageSize,
    total: matching.length,
  };
}

/** A single-valued string query parameter, if given. */
export function queryText(req: Request, name: string): string | undefined {
  const value = req.query[name];
  return typeof value === 'string' && value.length > 0 ? value : undefined;
}
