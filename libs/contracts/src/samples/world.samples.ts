import type { WorldModel } from '../generated';
import { SAMPLE_DAY, sampleHeader } from './sample-header';

/** A small world: a Peoplevox warehouse pushing to Prima, and a store selling on Sitoo and Lightspeed. */
export const worldModelSample: WorldModel = {
  header: sampleHeader('PARITY', 'reconciliation/world', 'world:3', 0),
  version: 3,
  changedBy: 'jane@retailer.example',
  changedAt: SAMPLE_DAY,
  note: 'Lightspeed shop 1 opens at Covent Garden',
  stores: [{ code: 'CG', name: 'Covent Garden' }],
  depots: [
    {
      code: 'LON1',
      owner: 'PEOPLEVOX',
      wms: 'PEOPLEVOX',
      store: null,
      contiguousSequence: false,
      push: { prima: true, sitooWarehouseId: null, lightspeedShopId: null },
    },
    {
      code: 'STORE01',
      owner: 'PRIMA',
      wms: null,
      store: 'CG',
      contiguousSequence: false,
      push: { prima: false, sitooWarehouseId: 3, lightspeedShopId: '1' },
    },
  ],
  vendorLocations: [
    { vendor: 'PEOPLEVOX', location: 'PrimarySite', depot: 'LON1', store: null },
    { vendor: 'SITOO', location: '3', depot: 'STORE01', store: 'CG' },
    { vendor: 'LIGHTSPEED', location: '1', depot: 'STORE01', store: 'CG' },
  ],
  vatCodes: [
    { code: 'S20', rateBasisPoints: 2000 },
    { code: 'Z0', rateBasisPoints: 0 },
  ],
  taxClasses: [
    { vendor: 'LIGHTSPEED', taxClass: '1', vatCode: 'S20' },
    { vendor: 'SITOO', taxClass: '2000', vatCode: 'S20' },
  ],
  paymentMethods: [{ code: 'CARD' }, { code: 'CASH' }],
  tenders: [{ vendor: 'LIGHTSPEED', tender: 'Credit Card', paymentMethod: 'CARD' }],
  variants: [{ vendor: 'LIGHTSPEED', variantId: '210000000123', sku: 'TEE-NVY-M' }],
  nonStockItems: [
    { vendor: 'LIGHTSPEED', itemId: 'GIFTWRAP', primaItem: 'NONSTOCK', glCode: '4010' },
  ],
};
