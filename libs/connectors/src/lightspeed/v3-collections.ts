/**
 * Lightspeed's JSON comes from XML: a collection with one element is that element, not a
 * one-element array (`"SaleLines": {"SaleLine": {...}}`), and an empty one is left out. This
 * file is the only place that knows; everything past it sees arrays.
 */

/** Relation wrappers and the element name inside each. */
const WRAPPERS: Readonly<Record<string, string>> = {
  SaleLines: 'SaleLine',
  SalePayments: 'SalePayment',
  ItemShops: 'ItemShop',
  Prices: 'ItemPrice',
};

export function asArray<T>(value: T | readonly T[] | undefined | null | ''): T[] {
  if (value === undefined || value === null || value === '') return [];
  return Array.isArray(value) ? [...(value as readonly T[])] : [value as T];
}

/**
 * Turns every relation wrapper (`SaleLines: {SaleLine: x}`) into a plain array
 * (`SaleLines: [x]`), at any depth; a relation that was not sent becomes `[]` only where the
 * caller asked for it, so a missing relation stays distinguishable from an empty one.
 */
export function unwrapCollections(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(unwrapCollections);
  if (typeof value !== 'object' || value === null) return value;
  const result: Record<string, unknown> = {};
  for (const [key, child] of Object.entries(value)) {
    const element = WRAPPERS[key];
    if (element && typeof child === 'object' && child !== null && !Array.isArray(child)) {
      result[key] = asArray((child as Record<string, unknown>)[element]).map(unwrapCollections);
    } else {
      result[key] = unwrapCollections(child);
    }
  }
  return result;
}

/** A V3 list page's records, however many there were. */
export function pageRecords<T>(body: Record<string, unknown>, entity: string): T[] {
  return asArray(body[entity]).map((record) => unwrapCollections(record) as T);
}

/** The full URL of the next page, or undefined at the end (Lightspeed sends ""). */
export function nextPageUrl(body: Record<string, unknown>): string | undefined {
  const attributes = body['@attributes'] as Record<string, unknown> | undefined;
  const next = attributes?.['next'];
  return typeof next === 'string' && next !== '' ? next : undefined;
}
