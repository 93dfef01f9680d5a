import type { RecordedSale, SaleLineRecord, SaleRecord } from './lightspeed-records';
import {
  renderItem,
  renderItemShop,
  renderMatrix,
  renderSale,
  renderSaleLine,
  renderShop,
  type LsJson,
} from './lightspeed-render';
import type { LightspeedState } from './lightspeed-state';
import type { ListableResource } from './v3-listing';

/** The R-Series resources the simulator serves, by their URL name. */
export function lightspeedResources(
  state: LightspeedState,
): ReadonlyMap<string, ListableResource<unknown>> {
  const shop: ListableResource<Parameters<typeof renderShop>[0]> = {
    name: 'Shop',
    idField: 'shopID',
    relations: new Set(),
    records: () => state.shops.values(),
    render: renderShop,
  };
  const item: ListableResource<Parameters<typeof renderItem>[1]> = {
    name: 'Item',
    idField: 'itemID',
    relations: new Set(['ItemShops', 'ItemMatrix']),
    records: () => state.items.values(),
    render: (record, relations) => renderItem(state, record, relations),
  };
  const matrix: ListableResource<Parameters<typeof renderMatrix>[0]> = {
    name: 'ItemMatrix',
    idField: 'itemMatrixID',
    relations: new Set(),
    records: () => state.matrices.values(),
    render: renderMatrix,
  };
  const itemShop: ListableResource<Parameters<typeof renderItemShop>[0]> = {
    name: 'ItemShop',
    idField: 'itemShopID',
    relations: new Set(),
    records: () => state.itemShops.values(),
    render: renderItemShop,
  };
  const sale: ListableResource<SaleRecord | RecordedSale> = {
    name: 'Sale',
    idField: 'saleID',
    relations: new Set([
      'SaleLines',
      'SaleLines.Item',
      'SaleLines.Note',
      'SalePayments',
      'SalePayments.PaymentType',
    ]),
    records: () => [...state.sales.values(), ...state.recordedSales.values()],
    // A recorded sale is served as Lightspeed wrote it, with the relations it was written with.
    render: (record, relations) =>
      'recorded' in record ? (record.recorded as LsJson) : renderSale(state, record, relations),
  };
  const saleLine: ListableResource<{ sale: SaleRecord; line: SaleLineRecord }> = {
    name: 'SaleLine',
    idField: 'saleLineID',
    relations: new Set(['Item', 'Note']),
    records: () =>
      [...state.sales.values()].flatMap((owner) =>
        owner.lines.map((line) => ({ sale: owner, line })),
      ),
    // On SaleLine itself the relation is `Item`; the renderer knows it as `SaleLines.Item`.
    render: (record, relations) =>
      renderSaleLine(
        state,
        record.sale,
        record.line,
        new Set([...relations].map((name) => `SaleLines.${name}`)),
      ),
  };
  const all: ListableResource<unknown>[] = [shop, item, matrix, itemShop, sale, saleLine];
  return new Map(all.map((resource) => [resource.name, resource]));
}
