/**
 * A Prima stock unit is a product (the style) and up to four matrix codes (fitting, size, …):
 * `Product="200CH" MtrxCode1="G" MtrxCode2="060"`, unused codes empty. Parity keys stock by
 * one SKU string. This is the one place the two meet, until the world model holds a SKU
 * identity table: the SKU is the product and its matrix codes joined by `-`, trailing empty
 * codes left off (`TEE-NVY-M` ↔ TEE / NVY / M; `200CH-G-060` ↔ 200CH / G / 060). A product
 * code containing `-` cannot be told apart from a matrix code, so it is refused.
 */
export interface PrimaSku {
  readonly product: string;
  readonly matrixCodes: readonly [string, string, string, string];
}

const SEPARATOR = '-';
const MATRIX_LEVELS = 4;

export function primaSkuOf(sku: string): PrimaSku {
  const [product = '', ...codes] = sku.split(SEPARATOR);
  if (product.length === 0 || codes.length > MATRIX_LEVELS) {
    throw new RangeError(`${JSON.stringify(sku)} is not a product and at most 4 matrix codes`);
  }
  const [one = '', two = '', three = '', four = ''] = codes;
  return { product, matrixCodes: [one, two, three, four] };
}

export function paritySkuOf(sku: PrimaSku): string {
  if (sku.product.includes(SEPARATOR)) {
    throw new RangeError(`product ${JSON.stringify(sku.product)} contains "${SEPARATOR}"`);
  }
  const codes = [...sku.matrixCodes];
  while (codes.length > 0 && codes.at(-1) === '') codes.pop();
  return [sku.product, ...codes].join(SEPARATOR);
}
