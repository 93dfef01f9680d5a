import { rejectionOf } from './movement-admission';
import { movement } from './stock-movement.fixture';

const depots = {
  WH1: { owner: 'PEOPLEVOX', contiguousSequence: false },
  STORE01: { owner: 'PRIMA', contiguousSequence: false },
} as const;

describe('admission of a movement', () => {
  it('accepts one from the owner of a configured depot', () => {
    expect(rejectionOf(movement(), depots)).toBeUndefined();
  });

  it('rejects an unknown depot as LOCATION_UNMAPPED about the SKU in that depot', () => {
    expect(rejectionOf(movement({ depot: 'NOWHERE' }), depots)).toMatchObject({
      code: 'INVENTORY.DEPOT_UNMAPPED',
      type: 'LOCATION_UNMAPPED',
      entity: { type: 'SKU', id: 'SKU-1' },
      qualifier: ['NOWHERE'],
      source: 'PEOPLEVOX',
      summary: expect.stringContaining('depot NOWHERE, which is not in INVENTORY_DEPOTS'),
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
