import { parseScaled } from '@parity/domain';
import { z } from 'zod';

/*
 * The parts of a Sitoo order (REST API v2, vendor-apis.md §2.2) that a till transaction is
 * built from. Item prices are net; VAT comes apart per item. Amounts keep Sitoo's field names
 * but come out of the schema in minor units, read exactly from Sitoo's two-place strings
 * ("-80.00" is -8000), so one that is not money fails the schema as PAYLOAD_INVALID.
 */

const amount = z
  .string()
  .regex(/^-?\d+\.\d{2}$/, 'an amount with two decimal places')
  .transform((text, ctx) => {
    const minor = parseScaled(text, 2);
    if (minor === undefined) ctx.addIssue({ code: 'custom', message: 'an amount in range' });
    return minor ?? 0;
  });

/** Sitoo's PHP heritage can send an empty map as `[]`. */
const additionalData = z.preprocess(
  (value) => (Array.isArray(value) && value.length === 0 ? {} : (value ?? {})),
  z.record(z.string(), z.string()),
);

const orderItem = z.object({
  orderitemid: z.number().int(),
  orderitemtype: z.number().int(),
  sku: z.string().min(1),
  productname: z.string().default(''),
  quantity: z
    .number()
    .int()
    .refine((quantity) => quantity !== 0, 'a line has units'),
  moneyoriginalprice: amount,
  moneydiscount: amount,
  vatvalue: z
    .number()
    .min(0)
    .max(100)
    .refine((rate) => parseScaled(rate, 2) !== undefined, 'a percentage, two places at most'),
  moneyitemtotal_net: amount,
  moneyitemtotal_vat: amount,
  vouchercode: z.string().nullish(),
  vouchername: z.string().nullish(),
  additionaldata: additionalData,
});

const payment = z.object({
  name: z.string().min(1),
  moneyamount: amount,
  refid: z.string().nullish(),
  externalid: z.string().nullish(),
});

export const sitooOrderSchema = z.object({
  orderid: z.number().int().positive(),
  orderdate: z.number().int().nonnegative(),
  creditorderid: z.number().int().nullish(),
  /** A number in Sitoo's reference, a GUID string (`{3CCB9848-…}`) in its own examples: kept as sent. */
  registerid: z.union([z.number().int(), z.string().min(1)]).nullable(),
  warehouseid: z.number().int().nullable(),
  currencycode: z.string().regex(/^[A-Z]{3}$/),
  customerref: z.string().nullish(),
  /** The order's gross total as Sitoo states it, checked against its lines. */
  moneytotal_gross_all: amount.optional(),
  additionaldata: additionalData,
  orderitems: z.array(orderItem).min(1),
  payments: z.array(payment),
});

export type SitooOrderPayload = z.infer<typeof sitooOrderSchema>;
export type SitooOrderItemPayload = z.infer<typeof orderItem>;
