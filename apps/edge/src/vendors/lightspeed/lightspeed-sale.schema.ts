import { z } from 'zod';
import { isDecimal } from '@parity/domain';

/**
 * The polled Sale as LightspeedClient returns it (relations as arrays, every value a string),
 * checked before any of it is believed. Only the fields the mapping reads are required.
 */
const decimal = z.string().refine(isDecimal, 'must be a decimal string');
const id = z.string().regex(/^\d+$/, 'must be a numeric id string');
const flag = z.enum(['true', 'false']);
/** ISO-8601 with an offset, as Lightspeed writes times: `2016-11-10T13:51:54+00:00`. */
const instant = z
  .string()
  .regex(
    /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/,
    'must be ISO-8601 with an offset',
  );

export const lightspeedItemSchema = z.object({
  itemID: id,
  customSku: z.string(),
  itemType: z.string(),
  itemMatrixID: id,
});

/** Lightspeed's itemID on a miscellaneous line: a cashier's open line, no catalogue item. */
export const MISCELLANEOUS_ITEM_ID = '0';

export const lightspeedSaleLineSchema = z
  .object({
    saleLineID: id,
    itemID: id,
    taxClassID: id,
    discountID: id.default('0'),
    unitQuantity: z.string().regex(/^-?\d+$/, 'must be a whole number'),
    unitPrice: decimal,
    tax1Rate: decimal,
    tax2Rate: decimal,
    calcLineDiscount: decimal,
    calcTransactionDiscount: decimal,
    calcSubtotal: decimal,
    calcTax1: decimal,
    calcTax2: decimal,
    parentSaleLineID: id,
    Item: lightspeedItemSchema.optional(),
    /** The cashier's text; on a miscellaneous line, what was sold ("Gift Card Purchase …"). */
    Note: z.object({ note: z.string() }).optional(),
  })
  .refine((line) => line.itemID === MISCELLANEOUS_ITEM_ID || line.Item !== undefined, {
    message: 'must load its Item (only a miscellaneous line, itemID "0", has none)',
    path: ['Item'],
  });

export const lightspeedSalePaymentSchema = z.object({
  amount: decimal,
  archived: flag,
  remoteReference: z.string().default(''),
  PaymentType: z.object({ name: z.string().min(1), type: z.string() }),
});

/**
 * Whether a Sale is a sale at all, read before its lines: an archived (parked and abandoned)
 * or voided sale, or one not completed yet, is none, and may well have no lines.
 */
export const lightspeedSaleStatusSchema = z.object({
  saleID: id,
  completed: flag,
  voided: flag,
  archived: flag.default('false'),
});

export const lightspeedSaleSchema = z.object({
  saleID: id,
  shopID: id,
  customerID: id,
  ticketNumber: z.string(),
  completed: flag,
  voided: flag,
  isTaxInclusive: flag,
  /** Older API versions leave it out of a completed sale; its timeStamp stands in. */
  completeTime: instant.optional(),
  timeStamp: instant,
  SaleLines: z.array(lightspeedSaleLineSchema).min(1),
  SalePayments: z.array(lightspeedSalePaymentSchema).default([]),
});

/** An earlier sale a refund points back to: only its lines' ids and order matter. */
export const lightspeedOriginalSaleSchema = z.object({
  saleID: id,
  shopID: id,
  SaleLines: z.array(z.object({ saleLineID: id })).default([]),
});

export type ParsedLightspeedSale = z.output<typeof lightspeedSaleSchema>;
export type ParsedLightspeedSaleLine = z.output<typeof lightspeedSaleLineSchema>;
export type ParsedOriginalSale = z.output<typeof lightspeedOriginalSaleSchema>;
