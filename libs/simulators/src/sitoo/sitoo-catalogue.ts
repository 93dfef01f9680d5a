import { z } from 'zod';
import type { SitooProduct, SitooVariantAttribute } from './sitoo-records';
import type { SitooState } from './sitoo-state';

/**
 * The account's VAT groups (`vatid` → percent), which set a product's VAT [ASSUMED: Sitoo
 * configures them per account in Backoffice; these are the simulator's, Swedish and UK rates,
 * listed at `vats.json`].
 */
export const PRODUCT_GROUPS: Readonly<Record<number, number>> = {
  1: 25,
  2: 12,
  3: 6,
  4: 0,
  5: 20,
  6: 5,
};

/** A product (or variant) as one element of a batch write names it. */
export interface ProductFields {
  readonly sku: string;
  readonly title?: string;
  readonly moneyprice?: string;
  readonly barcode?: string | null;
  readonly vatid?: number;
  readonly vatvalue?: number;
  readonly active?: boolean;
  readonly activepos?: boolean;
  readonly variantparentid?: number | null;
  readonly variant?: readonly SitooVariantAttribute[];
}

/** One element of a batch answer: the new id (or `true`) when taken, else Sitoo's error text. */
export type BatchResult =
  | { readonly statuscode: 200; readonly return: number | true }
  | { readonly statuscode: number; readonly errortext: string };

/** An element of a batch write Sitoo refuses; the others are still applied. */
export class ProductRefused extends Error {}

const SKU = /^[A-Za-z0-9_+\-/]{1,64}$/;
const money = z.string().regex(/^\d{1,9}(\.\d{1,2})?$/, 'moneyprice must be a decimal');
const attribute = z.object({ name: z.string().min(1), value: z.string().min(1) });
export const productWrite = z.object({
  sku: z.string(),
  title: z.string().optional(),
  moneyprice: money.optional(),
  barcode: z.string().nullish(),
  vatid: z.number().int().optional(),
  active: z.boolean().optional(),
  activepos: z.boolean().optional(),
  variantparentid: z.number().int().nullish(),
  variant: z.array(attribute).optional(),
});
export const productUpdate = productWrite.partial().extend({ productid: z.number().int() });

/**
 * Adds a product: a variant names its group's parent by `variantparentid`, and the parent
 * then points at itself, as Sitoo shows a variant group. A SKU or barcode another product
 * holds is refused [ASSUMED rule and words: Sitoo's are not published].
 */
export function addProduct(state: SitooState, input: ProductFields): SitooProduct {
  if (!SKU.test(input.sku)) throw new ProductRefused(`sku ${input.sku} is not [A-Za-z0-9_+-/]`);
  if (state.productBySku(input.sku)) throw new ProductRefused(`sku ${input.sku} already exists`);
  requireFreeBarcode(state, input.barcode);
  const parent = parentOf(state, input.variantparentid);
  const now = state.epochNow();
  const productid = state.newId('product');
  if (parent) parent.variantparentid = parent.productid;
  const product: SitooProduct = {
    productid,
    sku: input.sku,
    title: input.title ?? '',
    moneyprice: input.moneyprice ?? '0.00',
    moneypriceorg: '0.00',
    vatid: input.vatid ?? 1,
    vatvalue: input.vatvalue ?? vatOf(input.vatid ?? 1),
    active: input.active ?? true,
    activepos: input.activepos ?? true,
    stockcountenable: true,
    allowdecimals: false,
    variantparentid: parent?.productid ?? null,
    variant: [...(input.variant ?? [])],
    barcode: input.barcode ?? null,
    datecreated: now,
    datemodified: now,
  };
  state.products.set(productid, product);
  return product;
}

/** Sets the fields given on a product; the SKU and the variant group stay as they are. */
export function updateProduct(
  state: SitooState,
  input: Partial<ProductFields> & { readonly productid: number },
): void {
  const product = state.products.get(input.productid);
  if (!product) throw new ProductRefused(`product ${input.productid} not found`);
  if (input.sku !== undefined && input.sku !== product.sku) {
    throw new ProductRefused('sku cannot be changed');
  }
  requireFreeBarcode(state, input.barcode, product.productid);
  if (input.title !== undefined) product.title = input.title;
  if (input.moneyprice !== undefined) product.moneyprice = input.moneyprice;
  if (input.barcode !== undefined) product.barcode = input.barcode;
  if (input.vatid !== undefined) {
    product.vatid = input.vatid;
    product.vatvalue = vatOf(input.vatid);
  }
  if (input.active !== undefined) product.active = input.active;
  if (input.activepos !== undefined) product.activepos = input.activepos;
  if (input.variant !== undefined) product.variant = [...input.variant];
  product.datemodified = state.epochNow();
}

/** Applies each element on its own, as Sitoo's batch endpoints do, answering one result each. */
export function eachInBatch<T>(
  elements: readonly unknown[],
  schema: z.ZodType<T>,
  apply: (element: T) => number | true,
): BatchResult[] {
  return elements.map((element) => {
    const parsed = schema.safeParse(element);
    if (!parsed.success) {
      return { statuscode: 400, errortext: z.prettifyError(parsed.error).replace(/\n/g, ' ') };
    }
    try {
      return { statuscode: 200, return: apply(parsed.data) };
    } catch (error) {
      if (!(error instanceof ProductRefused)) throw error;
      return { statuscode: 400, errortext: error.message };
    }
  });
}

function parentOf(state: SitooState, id: number | null | undefined): SitooProduct | undefined {
  if (id === undefined || id === null) return undefined;
  const parent = state.products.get(id);
  if (!parent) throw new ProductRefused(`variantparentid ${id} is not a product`);
  if (parent.variantparentid !== null && parent.variantparentid !== parent.productid) {
    throw new ProductRefused(`product ${id} is a variant, not a variant group's parent`);
  }
  return parent;
}

function requireFreeBarcode(
  state: SitooState,
  barcode: string | null | undefined,
  exceptId?: number,
) {
  if (!barcode) return;
  for (const other of state.products.values()) {
    if (other.barcode === barcode && other.productid !== exceptId) {
      throw new ProductRefused(`barcode ${barcode} is already used by product ${other.sku}`);
    }
  }
}

function vatOf(vatid: number): number {
  const vat = PRODUCT_GROUPS[vatid];
  if (vat === undefined) throw new ProductRefused(`vatid ${vatid} is not a product group`);
  return vat;
}
