import type { Request } from 'express';

const MAX_PER_PAGE = 100;

/** Laravel's paginated collection: `{data, meta}`; `page` and `per_page` (≤ 100) choose the slice. */
export function paginate<T>(req: Request, items: readonly T[]) {
  const perPage = Math.min(MAX_PER_PAGE, Math.max(1, Number(req.query.per_page) || 25));
  const page = Math.max(1, Number(req.query.page) || 1);
  const lastPage = Math.max(1, Math.ceil(items.length / perPage));
  return {
    data: items.slice((page - 1) * perPage, page * perPage),
    meta: { current_page: page, last_page: lastPage, per_page: perPage, total: items.length },
  };
}

/** A query-string filter, exact match, as the list endpoints take them. */
export function filterBy<T>(items: Iterable<T>, value: unknown, pick: (item: T) => unknown): T[] {
  const all = [...items];
  return typeof value === 'string' ? all.filter((item) => pick(item) === value) : all;
}
