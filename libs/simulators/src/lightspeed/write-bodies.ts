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

/** The Default price (useTypeID 1) among the ItemPrice elements sent, if one was. */
const prices = z
  .object({ ItemPrice: oneOrMany(z.object({ amount, useTypeID: idString })) })
  .transform(({ ItemPrice }) => ItemPrice.find((price) => price.useTypeID === '1')?.amount);
const itemFields = {
  description: z.string().min(1),
  ean: z.string().optional(),
  taxClassID: idString.optional(),
  Prices: prices.optional(),
};
const matrixCreate = z.object({
  description: z.string().min(1),
  itemAttributeSetID: idString,
  taxClassID: idString.optional(),
  Prices: prices.optional(),
});
const itemCreate = z.object({
  ...itemFields,
  customSku: z.string().default(''),
  itemType: z.enum(['default', 'non_inventory']).default('default'),
  itemMatrixID: idString.optional(),
  ItemAttributes: z
    .object({
      attribute1: z.string(),
      attribute2: z.string().default(''),
      attribute3: z.string().default(''),
    })
    .optional(),
});
const itemChange = z
  .object({
    ...itemFields,
    description: itemFields.description.optional(),
    archived: z.union([z.boolean(), z.enum(['true', 'false'])]).optional(),
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

/** `POST ItemMatrix.json`: a variant parent, which holds no stock and is not sold. */
export function parseMatrixCreate(body: unknown) {
  const parsed = parse(matrixCreate, body, 'ItemMatrix');
  return { description: parsed.description, itemAttributeSetID: parsed.itemAttributeSetID };
}

/** `POST Item.json`: an item, or a matrix variant when it names its matrix and attributes. */
export function parseItemCreate(body: unknown) {
  const parsed = parse(itemCreate, body, 'Item');
  return {
    description: parsed.description,
    customSku: parsed.customSku,
    ean: parsed.ean,
    itemType: parsed.itemType,
    priceMinor: parsed.Prices ?? 0,
    taxClassID: parsed.taxClassID ?? '1',
    itemMatrixID: parsed.itemMatrixID,
    attributes: parsed.ItemAttributes,
  };
}

/** `PUT Item/{id}.json` without ItemShops: the item's own fields. */
export function parseItemChange(body: unknown) {
  const parsed = parse(itemChange, body, 'Item update');
  return {
    description: parsed.description,
    ean: parsed.ean,
    taxClassID: parsed.taxClassID,
    priceMinor: parsed.Prices,
    archived: parsed.archived === undefined ? undefined : String(parsed.archived) === 'true',
  };
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
