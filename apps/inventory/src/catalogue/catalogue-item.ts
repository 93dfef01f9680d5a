import type { CatalogueItem, CatalogueTargetName } from '@parity/connectors';
import type { Item } from '@parity/contracts';

/** The warehouse systems among the catalogue's targets: only stock items go there. */
const WAREHOUSES: ReadonlySet<CatalogueTargetName> = new Set(['PEOPLEVOX', 'CLARUS']);

/**
 * Prima's item (erp.items.v1) as every target is asked to hold it, with the SKUs of its style
 * announced so far (`variantSkus`).
 */
export function catalogueItemOf(item: Item, variantSkus: readonly string[] = []): CatalogueItem {
  const attributes = Object.entries(item.style?.attributes ?? {}).map(([name, value]) => ({
    name,
    value,
  }));
  return {
    sku: item.sku,
    description: item.description,
    barcodes: item.barcodes,
    isStockItem: item.isStockItem,
    status: item.status,
    taxCode: item.taxCode,
    unitOfMeasure: item.unitOfMeasure,
    prices: item.prices,
    style: item.style && {
      code: item.style.styleCode,
      // Prima names a variant "<style> <colour> <size>"; the style is the name without them.
      description: styleDescriptionOf(
        item.description,
        attributes.map((a) => a.value),
      ),
      attributes,
      variantSkus,
    },
  };
}

/**
 * The targets an item must exist in: every connected one, but a WMS only for stock items
 * (gift cards, services and fees are sold and posted, never picked).
 */
export function catalogueTargetsOf(
  item: Pick<Item, 'isStockItem'>,
  connected: readonly CatalogueTargetName[],
): CatalogueTargetName[] {
  return connected.filter((target) => item.isStockItem || !WAREHOUSES.has(target));
}

function styleDescriptionOf(description: string, values: readonly string[]): string {
  let words = description.trim().split(/\s+/);
  for (const value of [...values].reverse()) {
    const tail = value.trim().split(/\s+/);
    const ends = tail.every((w, i) => words[words.length - tail.length + i] === w);
    if (ends && words.length > tail.length) words = words.slice(0, -tail.length);
  }
  return words.join(' ');
}
