import { z } from 'zod';
import {
  calendarDate,
  isoCountry,
  optionalText,
  positiveQuantity,
  requiredText,
} from './clarus-validation';

/** What `POST /api/products` accepts [ASSUMED]; `PUT` accepts any subset. */
export const productInput = z.object({
  sku: requiredText(64),
  name: requiredText(255),
  barcode: optionalText(64),
  external_system_reference1: optionalText(255),
  active: z.boolean().optional(),
});
export const productUpdate = productInput.partial();

export const goodsInInput = z.object({
  reference: requiredText(64),
  expected_date: calendarDate,
  warehouse: requiredText(32),
  account: optionalText(64),
  lines: z
    .array(
      z.object({
        line_number: z.number().int().positive().nullish(),
        product_id: z.number().int(),
        storage_unit_id: z.number().int(),
        quantity: positiveQuantity,
      }),
    )
    .min(1),
});

export const salesOrderInput = z.object({
  reference: requiredText(64),
  warehouse: requiredText(32),
  account: optionalText(64),
  order_date: calendarDate.nullish(),
  delivery_address: z.object({
    name: requiredText(255),
    company: optionalText(255),
    line1: requiredText(255),
    line2: optionalText(255),
    city: requiredText(100),
    region: optionalText(100),
    postcode: requiredText(20),
    country: isoCountry,
    email: z.email().nullish(),
    phone: optionalText(50),
  }),
  string1: optionalText(255),
  string2: optionalText(255),
  string3: optionalText(255),
  string4: optionalText(255),
  string5: optionalText(255),
  carrier: optionalText(64),
  service: optionalText(64),
  lines: z
    .array(
      z.object({
        line_number: z.number().int().positive(),
        product_id: z.number().int(),
        quantity: positiveQuantity,
      }),
    )
    .min(1),
});

export type ProductInput = z.infer<typeof productInput>;
export type GoodsInInput = z.infer<typeof goodsInInput>;
export type SalesOrderInput = z.infer<typeof salesOrderInput>;
