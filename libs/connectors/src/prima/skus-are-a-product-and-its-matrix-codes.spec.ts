import { paritySkuOf, primaSkuOf } from './prima-sku';

describe('Parity SKU ↔ Product + MtrxCode1..4', () => {
  it.each([
    ['TEE-NVY-M', 'TEE', ['NVY', 'M', '', '']],
    ['200CH-G-060', '200CH', ['G', '060', '', '']],
    ['GIFTCARD', 'GIFTCARD', ['', '', '', '']],
    ['P--X', 'P', ['', 'X', '', '']],
    ['A-B-C-D-E', 'A', ['B', 'C', 'D', 'E']],
  ])('%s is product %s with matrix codes %j, and back', (sku, product, matrixCodes) => {
    expect(primaSkuOf(sku)).toEqual({ product, matrixCodes });
    expect(paritySkuOf(primaSkuOf(sku))).toBe(sku);
  });

  it('refuses what cannot round-trip', () => {
    expect(() => primaSkuOf('A-B-C-D-E-F')).toThrow(RangeError);
    expect(() => primaSkuOf('-M')).toThrow(RangeError);
    expect(() => paritySkuOf({ product: 'T-1', matrixCodes: ['M', '', '', ''] })).toThrow(
      RangeError,
    );
  });
});
