import { rejectionOf } from './movement-admission';
import { movement } from './stock-movement.fixture';
import { depotsOf } from '../depots/inventory-depots.fixture';

const depots = depotsOf([
  { code: 'WH1', owner: 'PEOPLEVOX' },
  { code: 'STORE01', owner: 'PRIMA' },
]);

describe('admission of a movement', () => {
  it('accepts one from the owner of a depot in the world model', () => {
    expect(rejectionOf(movement(), depots)).toBeUndefined();
  });

  it('rejects an unknown depot as LOCATION_UNMAPPED about the SKU in that depot', () => {
    expect(rejectionOf(movement({ depot: 'NOWHERE' }), depots)).toMatchObject({
      code: 'INVENTORY.DEPOT_UNMAPPED',
      type: 'LOCATION_UNMAPPED',
      entity: { type: 'SKU', id: 'SKU-1' },
      qualifier: ['NOWHERE'],
      source: 'PEOPLEVOX',
      summary: expect.stringContaining('depot NOWHERE, which the world model does not have'),
    });
  });

  it('rejects a system reporting stock it does not own as STOCK_DRIFT about the SKU', () => {
    expect(rejectionOf(movement({ depot: 'STORE01' }), depots)).toMatchObject({
      code: 'INVENTORY.NOT_STOCK_OWNER',
      type: 'STOCK_DRIFT',
      entity: { type: 'SKU', id: 'SKU-1' },
      details: { reportedBy: 'PEOPLEVOX', owner: 'PRIMA' },
    });
  });
});
