import { LightspeedRejection } from './lightspeed-errors';
import { collapse, type LsJson } from './lightspeed-render';
import { compare, parsePredicate, type Predicate } from './v3-query';

/** One listable resource: how to name, find, filter and render its records. */
export interface ListableResource<R> {
  /** The JSON key of the entity: `Sale`, `ItemShop`. */
  readonly name: string;
  readonly idField: string;
  /** Relations `load_relations` may ask for. */
  readonly relations: ReadonlySet<string>;
  records(): Iterable<R>;
  render(record: R, relations: Set<string>): LsJson;
}

const MAX_LIMIT = 100;
const PAGING_PARAMS = new Set([
  'limit',
  'after',
  'before',
  'sort',
  'load_relations',
  'count',
  'archived',
]);

/**
 * Archived records are left out of a list unless `archived=true` (them too) or `archived=only`
 * [INFERRED from R-Series clients]; not a filter on the field like the others.
 */
function archivedShown(fields: LsJson, archived: string | undefined): boolean {
  const isArchived = fields['archived'] === 'true';
  if (archived === 'only') return isArchived;
  return archived === 'true' || !isArchived;
}

/**
 * A V3 list: filters and sort from the query, keyset cursors in `@attributes.next` and
 * `.previous` as full URLs ("" at either end), at most 100 per page, `count=1` for a count.
 */
export function listV3<R>(
  resource: ListableResource<R>,
  query: Readonly<Record<string, string>>,
  selfUrl: string,
): LsJson {
  const relations = parseRelations(resource, query['load_relations']);
  const predicates = Object.entries(query)
    .filter(([name]) => !PAGING_PARAMS.has(name))
    .map(([field, raw]) => ({ field, test: parsePredicate(field, raw) }));
  const rows = [...resource.records()]
    .map((record) => ({ record, fields: resource.render(record, new Set()) }))
    .filter(({ fields }) => archivedShown(fields, query['archived']))
    .filter(({ fields }) => predicates.every((p) => matches(resource, fields, p.field, p.test)));
  if (query['count'] === '1') return { '@attributes': { count: String(rows.length) } };

  const sort = parseSort(resource, query['sort'], rows[0]?.fields);
  const keyed = rows
    .map((row) => ({ ...row, key: keyOf(row.fields, sort.field, resource.idField) }))
    .sort((a, b) => sort.direction * compareKeys(a.key, b.key));
  const limit = parseLimit(query['limit']);
  const { page, hasBefore, hasAfter } = slice(keyed, query, limit, sort.direction);

  const link = (param: 'after' | 'before', key: Key | undefined) => {
    if (!key) return '';
    const url = new URL(selfUrl);
    for (const [name, value] of Object.entries(query)) {
      if (name !== 'after' && name !== 'before') url.searchParams.set(name, value);
    }
    url.searchParams.set(param, Buffer.from(JSON.stringify(key)).toString('base64url'));
    return url.toString();
  };
  const body: LsJson = {
    '@attributes': {
      next: link('after', hasAfter ? page.at(-1)?.key : undefined),
      previous: link('before', hasBefore ? page[0]?.key : undefined),
    },
  };
  if (page.length > 0) {
    body[resource.name] = collapse(page.map(({ record }) => resource.render(record, relations)));
  }
  return body;
}

export function parseRelations(
  resource: { readonly relations: ReadonlySet<string> },
  raw: string | undefined,
): Set<string> {
  if (raw === undefined) return new Set();
  if (raw === 'all') return new Set(resource.relations);
  let names: unknown;
  try {
    names = JSON.parse(raw);
  } catch {
    throw new LightspeedRejection(400, 'load_relations must be a JSON array of relation names');
  }
  if (!Array.isArray(names) || !names.every((name) => typeof name === 'string')) {
    throw new LightspeedRejection(400, 'load_relations must be a JSON array of relation names');
  }
  for (const name of names) {
    if (!resource.relations.has(name))
      throw new LightspeedRejection(400, `Invalid relation: ${name}`);
  }
  return new Set(names);
}

type Key = [sortValue: string, id: string];

function matches<R>(
  resource: ListableResource<R>,
  fields: LsJson,
  field: string,
  test: Predicate,
): boolean {
  const value = fields[field];
  if (typeof value !== 'string') {
    throw new LightspeedRejection(400, `${resource.name} has no field ${field} to filter on`);
  }
  return test(value);
}

function parseSort<R>(resource: ListableResource<R>, raw: string | undefined, sample?: LsJson) {
  const descending = raw?.startsWith('-') ?? false;
  const field = raw ? raw.replace(/^-/, '') : resource.idField;
  if (sample && typeof sample[field] !== 'string') {
    throw new LightspeedRejection(400, `${resource.name} cannot be sorted by ${field}`);
  }
  return { field, direction: descending ? -1 : 1 };
}

function parseLimit(raw: string | undefined): number {
  if (raw === undefined) return MAX_LIMIT;
  const limit = Number(raw);
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_LIMIT) {
    throw new LightspeedRejection(400, `limit must be between 1 and ${MAX_LIMIT}`);
  }
  return limit;
}

function keyOf(fields: LsJson, sortField: string, idField: string): Key {
  return [String(fields[sortField] ?? ''), String(fields[idField] ?? '')];
}

function compareKeys(a: Key, b: Key): number {
  return compare(a[0], b[0]) || compare(a[1], b[1]);
}

function slice<T extends { key: Key }>(
  sorted: T[],
  query: Readonly<Record<string, string>>,
  limit: number,
  direction: number,
): { page: T[]; hasBefore: boolean; hasAfter: boolean } {
  const after = query['after'] === undefined ? undefined : decodeCursor(query['after']);
  const before = query['before'] === undefined ? undefined : decodeCursor(query['before']);
  if (before) {
    const earlier = sorted.filter((row) => direction * compareKeys(row.key, before) < 0);
    const page = earlier.slice(-limit);
    return { page, hasBefore: earlier.length > page.length, hasAfter: true };
  }
  const later = after
    ? sorted.filter((row) => direction * compareKeys(row.key, after) > 0)
    : sorted;
  const page = later.slice(0, limit);
  return { page, hasBefore: later.length < sorted.length, hasAfter: later.length > page.length };
}

function decodeCursor(raw: string): Key {
  try {
    const key: unknown = JSON.parse(Buffer.from(raw, 'base64url').toString('utf8'));
    if (Array.isArray(key) && key.length === 2 && key.every((part) => typeof part === 'string')) {
      return key as Key;
    }
  } catch {
    // answered below
  }
  throw new LightspeedRejection(400, 'Invalid cursor');
}
