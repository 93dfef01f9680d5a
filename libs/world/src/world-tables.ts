import type { WorldModel } from '@parity/contracts';
import { z } from 'zod';

/** The world's rows, table by table: a WorldModel version without its version stamp. */
export type WorldTables = Omit<
  WorldModel,
  'header' | 'version' | 'changedBy' | 'changedAt' | 'note'
>;
export type TableName = keyof WorldTables;
export type RowOf<T extends TableName> = WorldTables[T][number];

const code = z.string().trim().min(1);
const id = z.string().trim().min(1);
/** The systems that own a depot's stock: its WMS for a warehouse, Prima for a store. */
export const stockOwners = ['PEOPLEVOX', 'CLARUS', 'PRIMA'] as const;
export const wmsVendors = ['PEOPLEVOX', 'CLARUS'] as const;
export const tillVendors = ['SITOO', 'LIGHTSPEED'] as const;
export const locationVendors = [...wmsVendors, ...tillVendors] as const;
const till = z.enum(tillVendors);

/**
 * One zod schema per table, for rows as the seed file and the API take them: optional fields
 * may be left out and come out null (or false), so a parsed row is exactly the Avro record.
 */
export const rowSchemas = {
  stores: z.strictObject({ code, name: z.string().min(1).nullable().default(null) }),
  depots: z.strictObject({
    code: z.string().regex(/^[^:\s]+$/, 'depot codes contain no colon or space'),
    owner: z.enum(stockOwners),
    wms: z.enum(wmsVendors).nullable().default(null),
    store: code.nullable().default(null),
    contiguousSequence: z.boolean().default(false),
    push: z
      .strictObject({
        prima: z.boolean().default(false),
        sitooWarehouseId: z.number().int().positive().nullable().default(null),
        lightspeedShopId: id.nullable().default(null),
      })
      .default({ prima: false, sitooWarehouseId: null, lightspeedShopId: null }),
  }),
  vendorLocations: z.strictObject({
    vendor: z.enum(locationVendors),
    location: id,
    depot: code.nullable().default(null),
    store: code.nullable().default(null),
  }),
  vatCodes: z.strictObject({ code, rateBasisPoints: z.number().int().min(0).max(10_000) }),
  taxClasses: z.strictObject({ vendor: till, taxClass: id, vatCode: code }),
  paymentMethods: z.strictObject({ code }),
  tenders: z.strictObject({ vendor: till, tender: id, paymentMethod: code }),
  variants: z.strictObject({ vendor: till, variantId: id, sku: code }),
  nonStockItems: z.strictObject({ vendor: till, itemId: id, primaItem: code, glCode: code }),
} satisfies { [T in TableName]: z.ZodType<RowOf<T>, unknown> };

export const tableNames = Object.keys(rowSchemas) as TableName[];

/** A whole world document (the seed file): every table optional, each a list of rows. */
export const worldTablesSchema = z.strictObject(
  Object.fromEntries(tableNames.map((t) => [t, z.array(rowSchemas[t]).default([])])) as {
    [T in TableName]: z.ZodDefault<z.ZodArray<(typeof rowSchemas)[T]>>;
  },
);

/** What identifies a row within its table: upserts replace, deletes remove, by this key. */
export const rowKeys: { readonly [T in TableName]: (row: RowOf<T>) => string } = {
  stores: (row) => row.code,
  depots: (row) => row.code,
  vendorLocations: (row) => `${row.vendor}:${row.location}`,
  vatCodes: (row) => row.code,
  taxClasses: (row) => `${row.vendor}:${row.taxClass}`,
  paymentMethods: (row) => row.code,
  tenders: (row) => `${row.vendor}:${row.tender}`,
  variants: (row) => `${row.vendor}:${row.variantId}`,
  nonStockItems: (row) => `${row.vendor}:${row.itemId}`,
};

/** The key's make-up per table, for messages and the API's documentation. */
export const rowKeyDescriptions: { readonly [T in TableName]: string } = {
  stores: 'code',
  depots: 'code',
  vendorLocations: 'vendor:location',
  vatCodes: 'code',
  taxClasses: 'vendor:taxClass',
  paymentMethods: 'code',
  tenders: 'vendor:tender',
  variants: 'vendor:variantId',
  nonStockItems: 'vendor:itemId',
};

export const emptyWorld: WorldTables = Object.freeze({
  stores: [],
  depots: [],
  vendorLocations: [],
  vatCodes: [],
  taxClasses: [],
  paymentMethods: [],
  tenders: [],
  variants: [],
  nonStockItems: [],
});

/** Where a row is, for messages: `depots[WH1]`. */
export function rowName<T extends TableName>(table: T, row: RowOf<T>): string {
  return `${table}[${rowKeys[table](row)}]`;
}
