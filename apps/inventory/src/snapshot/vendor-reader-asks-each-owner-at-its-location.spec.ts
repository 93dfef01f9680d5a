import type {
  ClarusClient,
  ClarusStockLevel,
  PeoplevoxClient,
  PrimaClient,
  PrimaStockLevel,
  PvxInventoryRow,
  SitooClient,
  VendorClients,
} from '@parity/connectors';
import { vendorSnapshotReaderOf } from './vendor-snapshot-reader';

const pvxRow = (site: string, onHand: number, allocated: number): PvxInventoryRow => ({
  itemCode: 'TEE-M',
  itemName: 'Tee',
  siteReference: site,
  onHand,
  allocated,
  available: onHand - allocated,
});

/** Vendors answering from fixed rows, recording what they were asked. */
function fakeVendors() {
  const asked: unknown[] = [];
  const peoplevox = {
    async *getAll(_: unknown, __: number, searchClause: string) {
      asked.push({ peoplevox: searchClause });
      if (searchClause.includes('"TEE-M"')) {
        yield* [pvxRow('OtherSite', 50, 0), pvxRow('PrimarySite', 7, 2)];
      }
    },
  };
  const level: ClarusStockLevel = {
    product: { id: '9', sku: 'C-TEE-M', external_system_reference1: 'TEE-M' },
    warehouse: 'MAIN',
    on_hand: 12,
    allocated: 3,
    on_hold: 4,
    available: 5,
  };
  const clarus = {
    stockLevels: async (filter: { productRefs: string[]; warehouse: string }) => {
      asked.push({ clarus: filter });
      return filter.productRefs.includes('TEE-M') ? [level] : [];
    },
  };
  const prima = {
    stockOf: async (depotCode: string, itemCode: string) => {
      asked.push({ prima: [depotCode, itemCode] });
      return itemCode === 'TEE-M'
        ? ({ quantityOnHand: 4, quantityAllocated: 1 } as PrimaStockLevel)
        : undefined;
    },
  };
  const clients: VendorClients = {
    peoplevox: peoplevox as unknown as PeoplevoxClient,
    clarus: clarus as unknown as ClarusClient,
    prima: prima as unknown as PrimaClient,
  };
  return { clients, asked };
}

describe('the vendor-backed snapshot reader', () => {
  it('reads at a Peoplevox site, by item, with no quarantine', async () => {
    const { clients, asked } = fakeVendors();
    const reader = vendorSnapshotReaderOf(clients);
    expect(await reader?.read('PEOPLEVOX', 'PrimarySite', ['TEE-M', 'NOPE'])).toEqual(
      new Map([['TEE-M', { onHand: 7, allocated: 2, quarantined: 0 }]]),
    );
    expect(asked).toEqual([{ peoplevox: 'ItemCode.In("TEE-M","NOPE")' }]);
  });

  it('reads at a Clarus warehouse, stock on hold as quarantined', async () => {
    const { clients, asked } = fakeVendors();
    const reader = vendorSnapshotReaderOf(clients);
    expect(await reader?.read('CLARUS', 'MAIN', ['TEE-M'])).toEqual(
      new Map([['TEE-M', { onHand: 12, allocated: 3, quarantined: 4 }]]),
    );
    expect(asked).toEqual([{ clarus: { productRefs: ['TEE-M'], warehouse: 'MAIN' } }]);
  });

  it('reads at a Prima depot', async () => {
    const { clients, asked } = fakeVendors();
    const reader = vendorSnapshotReaderOf(clients);
    expect(await reader?.read('PRIMA', 'STORE01', ['TEE-M'])).toEqual(
      new Map([['TEE-M', { onHand: 4, allocated: 1, quarantined: 0 }]]),
    );
    expect(asked).toEqual([{ prima: ['STORE01', 'TEE-M'] }]);
  });

  it('leaves out a SKU the owner does not list there', async () => {
    const reader = vendorSnapshotReaderOf(fakeVendors().clients);
    expect(await reader?.read('PEOPLEVOX', 'PrimarySite', ['NOPE'])).toEqual(new Map());
    expect(await reader?.read('CLARUS', 'MAIN', ['NOPE'])).toEqual(new Map());
    expect(await reader?.read('PRIMA', 'STORE01', ['NOPE'])).toEqual(new Map());
  });

  it('cannot ask an owner whose connection is not configured, so the request stays open', async () => {
    const { prima } = fakeVendors().clients;
    const reader = vendorSnapshotReaderOf({ prima });
    await expect(reader?.read('CLARUS', 'MAIN', ['TEE-M'])).rejects.toThrow(
      'no CLARUS connection is configured',
    );
  });

  it('is not bound when no stock owner is connected (a till owns no stock)', () => {
    expect(vendorSnapshotReaderOf({})).toBeUndefined();
    expect(vendorSnapshotReaderOf({ sitoo: {} as SitooClient })).toBeUndefined();
  });
});
