import {
  pvxEquals,
  PvxTemplates,
  SITOO_QUANTITY_SCALE,
  type ClarusClient,
  type PeoplevoxClient,
  type PrimaClient,
  type SitooClient,
} from '@parity/connectors';
import { parseScaled } from '@parity/domain';
import type { SkuFigures } from './api-snapshot-source';

/*
 * Each vendor's stock of one location as the sweep compares it: a WMS's on hand and allocated,
 * Prima's and a till's available-to-sell, in units, Parity's scale (0) for every item.
 */

/** A Peoplevox site's rows of "Item inventory summary". */
export async function* peoplevoxStock(
  peoplevox: PeoplevoxClient,
  site: string,
): AsyncGenerator<SkuFigures> {
  const rows = peoplevox.getAll(PvxTemplates.inventory, 500, pvxEquals('SiteReference', site));
  for await (const row of rows) {
    if (row.siteReference !== site) continue;
    yield { sku: row.itemCode, onHand: row.onHand, allocated: row.allocated, ats: null };
  }
}

/**
 * A Clarus warehouse's levels, for the products that carry a Parity SKU (external system
 * reference 1); others are not Parity's items. On hand includes stock on hold, as Parity's does.
 */
export async function* clarusStock(
  clarus: ClarusClient,
  warehouse: string,
): AsyncGenerator<SkuFigures> {
  for (const level of await clarus.stockLevels({ warehouse })) {
    const sku = level.product.external_system_reference1;
    if (!sku || level.warehouse !== warehouse) continue;
    yield { sku, onHand: level.on_hand, allocated: level.allocated, ats: null };
  }
}

/** A Prima depot's rows: its available-to-sell is what Parity's must equal. */
export async function* primaStock(prima: PrimaClient, depot: string): AsyncGenerator<SkuFigures> {
  for await (const level of prima.stock(depot)) {
    yield {
      sku: level.itemCode,
      onHand: level.quantityOnHand,
      allocated: null,
      ats: level.quantityAvailableToSell,
    };
  }
}

/** A Sitoo warehouse's items: available is what Parity pushed the till. */
export async function* sitooStock(
  sitoo: SitooClient,
  warehouseId: number,
): AsyncGenerator<SkuFigures> {
  for await (const item of sitoo.warehouseItems(warehouseId)) {
    yield {
      sku: item.sku,
      onHand: sitooUnits(item.decimaltotal, item.sku),
      allocated: null,
      ats: sitooUnits(item.decimalavailable, item.sku),
    };
  }
}

/**
 * Sitoo's three-place figure in units. A fraction of a unit is kept (2.5 against Parity's 2
 * is drift worth seeing) rather than rounded into agreement.
 */
function sitooUnits(text: string, sku: string): number {
  const thousandths = parseScaled(text, SITOO_QUANTITY_SCALE);
  if (thousandths === undefined) throw new Error(`Sitoo stock of ${sku} is not a quantity`);
  return thousandths / 10 ** SITOO_QUANTITY_SCALE;
}
