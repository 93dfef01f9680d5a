import type { QueryValue, VendorHttp } from '../http/vendor-http';

interface PageEnvelope<T> {
  readonly data: readonly T[];
  readonly page: number;
  readonly pageSize: number;
  readonly total: number;
}

export interface Listing {
  readonly operation: string;
  readonly path: string;
  readonly query?: Readonly<Record<string, QueryValue>>;
  readonly pageSize: number;
}

/** Every record of a listing, page by page (`?page&pageSize` → `{data, page, pageSize, total}`). */
export async function* allPages<T>(http: VendorHttp, listing: Listing): AsyncGenerator<T> {
  for (let page = 1; ; page++) {
    const body = await fetchPage<T>(http, listing, page, listing.query);
    yield* body.data;
    if (body.data.length < listing.pageSize || page * listing.pageSize >= body.total) return;
  }
}

/**
 * A `modifiedSince` change feed read as keyset pages: after each page the cursor moves to the
 * last record's modifiedAt and page 1 is asked again, skipping records already seen at that
 * instant. Page numbers alone would skip records: one changed mid-read moves to the end, and
 * everything after it shifts onto a page already read. Page numbers are used only while a
 * whole page shares one modifiedAt, which the cursor cannot get past.
 */
export async function* changeFeed<T extends { readonly modifiedAt: string }>(
  http: VendorHttp,
  listing: Listing,
  since: Date | string,
  idOf: (record: T) => string,
): AsyncGenerator<T> {
  let cursor = typeof since === 'string' ? since : since.toISOString();
  let seenAtCursor = new Set<string>();
  let page = 1;
  for (;;) {
    const body = await fetchPage<T>(http, listing, page, {
      ...listing.query,
      modifiedSince: cursor,
    });
    for (const record of body.data) {
      if (!(sameInstant(record.modifiedAt, cursor) && seenAtCursor.has(idOf(record)))) yield record;
    }
    const last = body.data.at(-1);
    if (!last || body.data.length < listing.pageSize) return;
    if (sameInstant(last.modifiedAt, cursor)) {
      page += 1;
    } else {
      cursor = last.modifiedAt;
      seenAtCursor = new Set();
      page = 1;
    }
    for (const record of body.data) {
      if (sameInstant(record.modifiedAt, cursor)) seenAtCursor.add(idOf(record));
    }
  }
}

function fetchPage<T>(
  http: VendorHttp,
  listing: Listing,
  page: number,
  query: Readonly<Record<string, QueryValue>> | undefined,
): Promise<PageEnvelope<T>> {
  return http.json<PageEnvelope<T>>({
    operation: listing.operation,
    method: 'GET',
    path: listing.path,
    query: { ...query, page, pageSize: listing.pageSize },
  });
}

function sameInstant(a: string, b: string): boolean {
  return Date.parse(a) === Date.parse(b);
}
