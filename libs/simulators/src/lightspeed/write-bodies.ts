import { z } from 'zod';
import { parseScaled } from './decimal';
import { LightspeedRejection } from './lightspeed-errors';

/** Lightspeed reads numbers sent either as JSON numbers or as strings. */
const idString = z
  .union([z.string().regex(/^\d+$/), z.number().int().nonnegative()])
  .transform(String);
const integer = z
  .union([z.string().regex(/^-?\d+$/), z.number().int()])
  .transform((value) => Number(value));
const amount = z.union([z.string(), z.number()]).transform((value, ctx) => {
  const minor = parseScaled(String(value), 2);
  if (minor === undefined) {
    ctx.addIssue({ code: 'custom', message: 'must be an amount with at most 2 decimals' });
    return z.NEVER;
  }
  return minor;
});
/** One element or an array of them: the same collapse Lightspeed sends, accepted on input. */
const oneOrMany = <T extends z.ZodType>(schema: T) =>
  z.union([schema, z.array(schema)]).transform((value) => (Array.isArray(value) ? value : [value]));

const itemShopsUpdate = z
  .object({
    ItemShops: z.object({
      ItemShop: oneOrMany(
        z.object({ itemShopID: idString.optional(), shopID: idString, qoh: integer }),
      ),
    }),
  })
  .strict();

const refundRequest = z.object({
  employeeID: idString,
  registerID: idString,
  shopID: idString,
  SalePayments: z.object({
    SalePayment: z.object({ paymentTypeID: idString, amount: amount.optional() }),
  }),
});

/** `PUT Item/{id}.json` with ItemShops: the quantities on hand to set, per shop. */
export function parseItemShopsUpdate(body: unknown): { shopID: string; qoh: number }[] {
  const parsed = parse(itemShopsUpdate, body, 'Item update (the sandbox accepts ItemShops only)');
  return parsed.ItemShops.ItemShop.map(({ shopID, qoh }) => ({ shopID, qoh }));
}

/** `POST Sale/{id}/refund.json`: where the refund happens and how it is paid out. */
export function parseRefundRequest(body: unknown) {
  const parsed = parse(refundRequest, body, 'Refund');
  const payment = parsed.SalePayments.SalePayment;
  return {
    shopID: parsed.shopID,
    paymentTypeID: payment.paymentTypeID,
    amountMinor: payment.amount,
  };
}

function parse<T extends z.ZodType>(schema: T, body: unknown, what: string): z.output<T> {
  const result = schema.safeParse(body);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
  throw new LightspeedRejection(400, `${what} is invalid: ${problems.join('; ')}`);
}
