import { Topics, type Item } from '@parity/contracts';
import {
  canonical,
  type CanonicalEvent,
  type NormaliseContext,
} from '../../ingest/canonical-event';
import { parsePrimaRecord, primaHeader } from './prima-event';
import { primaItemRecord, type PrimaItemRecord } from './prima-record.schemas';

/**
 * Prima's one sell price, published as this price list. [ASSUMED]: the contract gives an item a
 * single `sellPrice`; per-list prices replace this when the real API shows them.
 */
export const PRIMA_SELL_PRICE_LIST = 'SELL';

/** Barcode types that are GTINs; Prima's INTERNAL codes never leave Prima. */
const GTIN_TYPES = new Set(['EAN13', 'UPC']);

/** A Prima item record → its erp.items.v1 state. Every version of the item is published. */
export function normalisePrimaItem(record: unknown, ctx: NormaliseContext): CanonicalEvent[] {
  const item = parsePrimaRecord(
    primaItemRecord,
    record,
    { kind: 'item', entityType: 'SKU', idField: 'itemCode' },
    ctx,
  );
  const value: Item = {
    header: primaHeader('item', item.itemCode, item.modifiedAt, ctx),
    sku: item.itemCode,
    status: item.productStatus === 'DISCONTINUED' ? 'DISCONTINUED' : 'ACTIVE',
    description: item.description,
    isStockItem: item.productStatus !== 'NON_STOCK',
    barcodes: item.barcodes.filter((b) => GTIN_TYPES.has(b.type)).map((b) => b.barcode),
    unitOfMeasure: item.unitOfMeasure,
    // Prima quantities are whole units in the assumed contract.
    quantityScale: 0,
    taxCode: item.vatCode,
    prices: [
      {
        priceList: PRIMA_SELL_PRICE_LIST,
        currency: item.sellPrice.currency,
        unitPriceMinor: item.sellPrice.grossMinor,
        includesTax: true,
      },
    ],
    style: styleOf(item),
  };
  return [canonical(Topics.erpItemsV1, value)];
}

/** A variant's place in its parent's matrix, with Prima's attribute names as the keys. */
function styleOf(item: PrimaItemRecord): Item['style'] {
  if (!item.parentItemCode) return null;
  const attributes: Record<string, string> = {};
  if (item.attributes.colour) attributes['Colour'] = item.attributes.colour;
  if (item.attributes.size) attributes['Size'] = item.attributes.size;
  return { styleCode: item.parentItemCode, attributes };
}
