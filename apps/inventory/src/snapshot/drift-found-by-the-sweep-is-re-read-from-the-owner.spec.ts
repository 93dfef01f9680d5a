import { sampleEvents, type IntegrationException } from '@parity/contracts';
import { depotsOf } from '../depots/inventory-depots.fixture';
import { driftedOwnerPair } from './stock-drift.handler';

const depots = depotsOf([
  { code: 'WH1', owner: 'PEOPLEVOX' },
  { code: 'STORE01', owner: 'PRIMA' },
]);
const drift = (details: Record<string, string>, type = 'STOCK_DRIFT'): IntegrationException => ({
  ...sampleEvents.exceptionsWarehouseV1,
  type: type as IntegrationException['type'],
  details,
});

describe('a STOCK_DRIFT from the snapshot sweep', () => {
  it("is re-read from the depot's owner when the owner's own API disagreed", () => {
    expect(
      driftedOwnerPair(drift({ sku: 'A', depot: 'WH1', system: 'PEOPLEVOX' }), depots),
    ).toEqual([{ sku: 'A', depot: 'WH1' }]);
  });

  it("is left alone when another system disagreed (Prima's or a till's figure is a push's business)", () => {
    expect(driftedOwnerPair(drift({ sku: 'A', depot: 'WH1', system: 'PRIMA' }), depots)).toEqual(
      [],
    );
    expect(
      driftedOwnerPair(drift({ sku: 'A', depot: 'NOWHERE', system: 'CLARUS' }), depots),
    ).toEqual([]);
  });

  it('ignores every other exception on the warehouse topic', () => {
    const other = drift({ sku: 'A', depot: 'WH1', system: 'PEOPLEVOX' }, 'SYNC_LAG_EXCEEDED');
    expect(driftedOwnerPair(other, depots)).toEqual([]);
  });
});
