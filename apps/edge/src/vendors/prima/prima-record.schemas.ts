import { z } from 'zod';

/*
 * Prima records as edge's poller receives them from `PrimaClient` (and archives them): Prima's
 * shapes with amounts already in integer minor units. Parsed again here because an archived
 * payload is replayed as unknown JSON; only the fields the mappers read are required.
 */

const text = z.string().min(1);
const utc = z.iso.datetime({ offset: true });
const minor = z.number().int();
const quantity = z.number().int();

export const primaItemRecord = z.object({
  itemCode: text,
  description: text,
  productStatus: z.enum(['FULL', 'LIMITED', 'CONSUMABLE', 'PART', 'NON_STOCK', 'DISCONTINUED']),
  parentItemCode: text.nullable(),
  attributes: z.object({ colour: text.optional(), size: text.optional() }),
  barcodes: z.array(z.object({ barcode: text, type: z.enum(['EAN13', 'UPC', 'INTERNAL']) })),
  vatCode: text,
  unitOfMeasure: text,
  sellPrice: z.object({ netMinor: minor, grossMinor: minor, currency: z.string().length(3) }),
  modifiedAt: utc,
});
export type PrimaItemRecord = z.infer<typeof primaItemRecord>;

const amounts = z.object({ netMinor: minor, vatMinor: minor, grossMinor: minor });

export const primaSalesOrderRecord = z.object({
  orderNumber: text,
  customerAccountCode: text.nullable(),
  customerReference: text.nullable(),
  depotCode: text,
  orderDate: utc,
  status: z.enum([
    'OUTSTANDING',
    'AWAITING_AUTHORISATION',
    'AUTHORISED',
    'PART_DESPATCHED',
    'DESPATCHED',
    'INVOICED',
    'COMPLETED',
    'CANCELLED',
  ]),
  authorisation: z.object({ authorisedAt: utc.nullable() }),
  currency: z.string().length(3),
  deliveryAddress: z
    .object({
      name: text,
      lines: z.array(z.string()),
      city: text,
      region: z.string().nullable(),
      postcode: z.string().nullable(),
      countryCode: z.string().length(2),
    })
    .nullable(),
  totals: amounts,
  lines: z
    .array(
      z.object({
        lineNumber: z.number().int().positive(),
        itemCode: text,
        description: text,
        productStatus: text,
        quantityOrdered: quantity,
        unitNetPriceMinor: minor,
        vatCode: text,
        totals: amounts,
      }),
    )
    .min(1),
  modifiedAt: utc,
});
export type PrimaSalesOrderRecord = z.infer<typeof primaSalesOrderRecord>;

export const primaPurchaseOrderRecord = z.object({
  poNumber: text,
  supplierAccountCode: text,
  depotCode: text,
  status: z.enum([
    'OUTSTANDING',
    'PURCHASED',
    'AWAITING_RECEIPT',
    'PART_RECEIVED',
    'RECEIVED',
    'CANCELLED',
  ]),
  expectedDeliveryDate: utc.nullable(),
  currency: z.string().length(3),
  lines: z
    .array(
      z.object({
        lineNumber: z.number().int().positive(),
        itemCode: text,
        quantityOrdered: quantity.positive(),
        unitCostMinor: minor,
      }),
    )
    .min(1),
  purchasedAt: utc.nullable(),
  modifiedAt: utc,
});
export type PrimaPurchaseOrderRecord = z.infer<typeof primaPurchaseOrderRecord>;

export const primaStockLevelRecord = z.object({
  itemCode: text,
  depotCode: text,
  quantityOnHand: quantity,
  quantityAllocated: quantity,
  quantityAvailableToSell: quantity,
  modifiedAt: utc,
});
