import { z } from 'zod';
import { isTwoPlaceDecimal } from './prima-money';

/*
 * What Prima accepts, as zod schemas: the simulator refuses anything else (a RequestError),
 * as the real API validates against its schema. Shapes follow vendor-apis.md §5.2 ([ASSUMED]).
 */

const code = z.string().trim().min(1).max(40);
const amount = z.string().refine(isTwoPlaceDecimal, 'must be a decimal string with 2 places');
const utcTimestamp = z.iso.datetime({ offset: false });
const currency = z.string().regex(/^[A-Z]{3}$/, 'must be an ISO-4217 code');
const quantity = z.number().int();

export const productStatuses = [
  'FULL',
  'LIMITED',
  'CONSUMABLE',
  'PART',
  'NON_STOCK',
  'DISCONTINUED',
] as const;

export const itemSchema = z.object({
  itemCode: code,
  description: z.string().min(1),
  productStatus: z.enum(productStatuses),
  parentItemCode: code.nullable().default(null),
  attributes: z.object({ colour: z.string().optional(), size: z.string().optional() }).default({}),
  barcodes: z
    .array(z.object({ barcode: z.string().min(1), type: z.enum(['EAN13', 'UPC', 'INTERNAL']) }))
    .default([]),
  vatCode: code,
  unitOfMeasure: code.default('EA'),
  sellPrice: z.object({ net: amount, gross: amount, currency }),
});
export type ItemInput = z.infer<typeof itemSchema>;

export const depotSchema = z.object({
  depotCode: code,
  name: z.string().min(1),
  /** Whose figures the depot's stock follows: a warehouse follows its WMS, a store its till. */
  type: z.enum(['WAREHOUSE', 'STORE']),
  safetyStock: quantity.nonnegative().default(0),
});
export type DepotInput = z.infer<typeof depotSchema>;

export const stockSeedSchema = z.object({
  itemCode: code,
  depotCode: code,
  quantityOnHand: quantity,
  quantityAllocated: quantity.nonnegative().default(0),
  quantityOnOrder: quantity.nonnegative().default(0),
});

export const customerSchema = z.object({
  accountCode: code,
  creditLimit: amount,
  balance: amount.default('0.00'),
});

const address = z.object({
  name: z.string().min(1),
  lines: z.array(z.string()).min(1),
  city: z.string().min(1),
  region: z.string().nullable().default(null),
  postcode: z.string().nullable().default(null),
  countryCode: z.string().regex(/^[A-Z]{2}$/),
});

export const orderSources = ['WEB', 'EDI', 'POS', 'PHONE'] as const;

export const newSalesOrderSchema = z.object({
  /** The caller's order number (MultiNewOrder's OrderNumber); Prima numbers it when absent. */
  orderNumber: code.max(60).optional(),
  /** Whether line prices include VAT; Prima's price book is VAT-exclusive, so Yes is refused. */
  vatInclusive: z.boolean().default(false),
  orderSource: z.enum(orderSources),
  customerAccountCode: code,
  /** The caller's reference; Prima stores it and lets callers search by it, but does not enforce uniqueness. */
  customerReference: z.string().min(1).max(60).nullable().default(null),
  depotCode: code,
  currency,
  orderDate: utcTimestamp.optional(),
  deliveryAddress: address.nullable().default(null),
  lines: z
    .array(
      z.object({
        itemCode: code,
        description: z.string().min(1).optional(),
        quantityOrdered: quantity.refine((q) => q !== 0, 'must not be zero'),
        unitNetPrice: amount,
        discountPercent: amount.default('0.00'),
        vatCode: code,
      }),
    )
    .min(1),
});
export type NewSalesOrderInput = z.infer<typeof newSalesOrderSchema>;

export const authoriseSchema = z.object({ authorisedBy: z.string().min(1).default('API') });

export const despatchNoteSchema = z.object({
  despatchNoteNumber: code,
  salesOrderNumber: code,
  depotCode: code,
  despatchedAt: utcTimestamp,
  carrier: z.string().nullable().default(null),
  service: z.string().nullable().default(null),
  trackingNumbers: z.array(z.string().min(1)).default([]),
  lines: z
    .array(
      z.object({ salesOrderLineNumber: z.number().int().positive(), itemCode: code, quantity }),
    )
    .min(1),
});
export type DespatchNoteInput = z.infer<typeof despatchNoteSchema>;

export const purchaseOrderStatuses = [
  'OUTSTANDING',
  'PURCHASED',
  'AWAITING_RECEIPT',
  'PART_RECEIVED',
  'RECEIVED',
  'CANCELLED',
] as const;

export const purchaseOrderSchema = z.object({
  poNumber: code,
  supplierAccountCode: code,
  depotCode: code,
  status: z.enum(purchaseOrderStatuses).default('OUTSTANDING'),
  orderDate: utcTimestamp,
  expectedDeliveryDate: utcTimestamp.nullable().default(null),
  currency,
  lines: z
    .array(
      z.object({
        lineNumber: z.number().int().positive(),
        itemCode: code,
        quantityOrdered: quantity.positive(),
        unitCost: amount,
      }),
    )
    .min(1),
});
export type PurchaseOrderInput = z.infer<typeof purchaseOrderSchema>;

export const receiptNoteSchema = z.object({
  receiptNoteNumber: code,
  depotCode: code,
  receivedAt: utcTimestamp,
  lines: z
    .array(
      z.object({
        poLineNumber: z.number().int().positive(),
        itemCode: code,
        quantityReceived: quantity.nonnegative(),
        quantityRejected: quantity.nonnegative().default(0),
        reason: z.string().nullable().default(null),
      }),
    )
    .min(1),
});
export type ReceiptNoteInput = z.infer<typeof receiptNoteSchema>;

export const returnAuthorisationSchema = z.object({
  raNumber: code,
  originalSalesOrderNumber: code,
  customerAccountCode: code,
  lines: z
    .array(
      z.object({
        itemCode: code,
        quantity: quantity.positive(),
        reasonCode: code,
        condition: z.enum(['RESALEABLE', 'DAMAGED']),
      }),
    )
    .min(1),
});
export type ReturnAuthorisationInput = z.infer<typeof returnAuthorisationSchema>;

/** Parity's push of a warehouse depot's figures from its WMS ([ASSUMED] endpoint). */
export const stockLevelPushSchema = z
  .array(
    z.object({
      depotCode: code,
      itemCode: code,
      quantityOnHand: quantity,
      quantityAllocated: quantity.nonnegative(),
      /** Monotonic per depot × item at the source; a push not above the stored one is stale. */
      sourceVersion: z.number().int().nonnegative(),
    }),
  )
  .min(1)
  .max(500);
export type StockLevelRow = z.infer<typeof stockLevelPushSchema>[number];
