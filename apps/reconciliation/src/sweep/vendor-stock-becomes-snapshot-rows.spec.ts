import type {
  ClarusClient,
  ClarusStockLevel,
  PeoplevoxClient,
  PrimaClient,
  PrimaStockLevel,
  PvxInventoryRow,
  SitooClient,
  SitooWarehouseItem,
} from '@parity/connectors';
import { clarusStock, peoplevoxStock, primaStock, sitooStock } from './vendor-stock-reads';

async function collect<T>(rows: AsyncIterable<T>): Promise<T[]> {
  const all: T[] = [];
  for await (const row of rows) all.push(row);
  return all;
}

describe("a vendor's stock as snapshot rows", () => {
  it("reads a Peoplevox site's inventory summary by site: on hand and allocated", async () => {
    const asked: string[] = [];
    const row = (itemCode: string, site: string): PvxInventoryRow => ({
      itemCode,
      itemName: itemCode,
      siteReference: site,
      onHand: 9,
      allocated: 4,
      available: 5,
    });
    const peoplevox = {
      async *getAll(_: unknown, __: number, searchClause: string) {
        asked.push(searchClause);
        yield* [row('TEE-M', 'PrimarySite'), row('TEE-L', 'OtherSite')];
      },
    } as unknown as PeoplevoxClient;
    expect(await collect(peoplevoxStock(peoplevox, 'PrimarySite'))).toEqual([
      { sku: 'TEE-M', onHand: 9, allocated: 4, ats: null },
    ]);
    expect(asked).toEqual(['SiteReference.Equals("PrimarySite")']);
  });

  it("reads a Clarus warehouse's levels of Parity's products only", async () => {
    const level = (ref: string | null, warehouse = 'MAIN'): ClarusStockLevel => ({
      product: { id: '1', sku: `C-${ref}`, external_system_reference1: ref },
      warehouse,
      on_hand: 12,
      allocated: 3,
      on_hold: 4,
      available: 5,
    });
    const asked: unknown[] = [];
    const clarus = {
      stockLevels: async (filter: unknown) => {
        asked.push(filter);
        return [level('TEE-M'), level(null), level('TEE-L', 'OTHER')];
      },
    } as unknown as ClarusClient;
    expect(await collect(clarusStock(clarus, 'MAIN'))).toEqual([
      { sku: 'TEE-M', onHand: 12, allocated: 3, ats: null },
    ]);
    expect(asked).toEqual([{ warehouse: 'MAIN' }]);
  });

  it("reads a Prima depot's available-to-sell", async () => {
    const prima = {
      async *stock(depotCode: string) {
        yield {
          itemCode: 'TEE-M',
          depotCode,
          quantityOnHand: 6,
          quantityAllocated: 1,
          quantityOnOrder: 0,
          quantityAvailableToSell: 5,
          modifiedAt: '2026-11-22T09:00:00Z',
        } satisfies PrimaStockLevel;
      },
    } as unknown as PrimaClient;
    expect(await collect(primaStock(prima, 'STORE01'))).toEqual([
      { sku: 'TEE-M', onHand: 6, allocated: null, ats: 5 },
    ]);
  });

  it("reads a Sitoo warehouse's available in units, keeping a fraction rather than rounding it away", async () => {
    const item = (sku: string, total: string, available: string): SitooWarehouseItem => ({
      warehouseitemid: 1,
      warehouseid: 3,
      sku,
      decimaltotal: total,
      decimalreserved: '0.000',
      decimalavailable: available,
      datelastmodified: 0,
    });
    const sitoo = {
      async *warehouseItems(warehouseId: number) {
        if (warehouseId === 3)
          yield* [item('TEE-M', '5.000', '4.000'), item('ROPE', '2.500', '2.500')];
      },
    } as unknown as SitooClient;
    expect(await collect(sitooStock(sitoo, 3))).toEqual([
      { sku: 'TEE-M', onHand: 5, allocated: null, ats: 4 },
      { sku: 'ROPE', onHand: 2.5, allocated: null, ats: 2.5 },
    ]);
  });
});
