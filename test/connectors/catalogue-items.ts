import { sandboxAdmin } from '../support/sandbox-admin';
import type { CatalogueItem } from '@parity/connectors';

/*
 * Prima's item master as the catalogue contract tests send it: a style of 3 colours × 5
 * sizes, each variant with its own barcode and a tax-inclusive GBP price.
 */

export const COLOURS = ['Navy', 'White', 'Pink'] as const;
export const SIZES = ['S', 'M', 'L', 'XL', 'XXL'] as const;

export function styleItems(code = 'OXF', priceMinor = 4500): CatalogueItem[] {
  return COLOURS.flatMap((colour, c) =>
    SIZES.map((size, s) => ({
      sku: `${code}-${colour.slice(0, 3).toUpperCase()}-${size}`,
      description: `Oxford shirt ${colour} ${size}`,
      barcodes: [`5012345${String(c * SIZES.length + s).padStart(6, '0')}`],
      isStockItem: true,
      status: 'ACTIVE' as const,
      taxCode: 'S',
      unitOfMeasure: 'EA',
      prices: [
        { priceList: 'RETAIL', currency: 'GBP', unitPriceMinor: priceMinor, includesTax: true },
      ],
      style: {
        code,
        description: 'Oxford shirt',
        attributes: [
          { name: 'Colour', value: colour },
          { name: 'Size', value: size },
        ],
      },
    })),
  );
}

export function withPrice(item: CatalogueItem, unitPriceMinor: number): CatalogueItem {
  return { ...item, prices: item.prices.map((price) => ({ ...price, unitPriceMinor })) };
}

export function discontinued(item: CatalogueItem): CatalogueItem {
  return { ...item, status: 'DISCONTINUED' };
}

/** Outcomes counted by kind, so a test reads `{ CREATED: 15 }`. */
export function tally(outcomes: readonly { outcome: string }[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const { outcome } of outcomes) counts[outcome] = (counts[outcome] ?? 0) + 1;
  return counts;
}

/** A JSON admin call to the sandbox (`path` from `/`); throws on a status that is not 2xx. */
export function adminCall<T = unknown>(
  baseUrl: string,
  method: string,
  path: string,
  body?: unknown,
): Promise<T> {
  return sandboxAdmin<T>(baseUrl, path.replace(/^\//, ''), body, method);
}

/** The element at `index`, which the test knows is there (a failed test otherwise). */
export function at<T>(list: readonly T[], index: number): T {
  const found = list[index];
  if (found === undefined) throw new Error(`nothing at ${index} of ${list.length}`);
  return found;
}
