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

  it('rejects an unknown depot as LOCATION_UNMAPPED', () => {
    expect(rejectionOf(movement({ depot: 'NOWHERE' }), depots)).toMatchObject({
      exceptionType: 'LOCATION_UNMAPPED',
    });
  });

  it('rejects a system reporting stock it does not own as STOCK_DRIFT', () => {
    expect(rejectionOf(movement({ depot: 'STORE01' }), depots)).toMatchObject({
      exceptionType: 'STOCK_DRIFT',
      reason: 'PEOPLEVOX reported stock of depot STORE01, which PRIMA owns',
    });
  });

  it('rejects a snapshot without levels and an unsigned kind with a negative quantity', () => {
    expect(rejectionOf(movement({ kind: 'SNAPSHOT' }), depots)).toMatchObject({
      exceptionType: 'PAYLOAD_INVALID',
    });
    expect(rejectionOf(movement({ kind: 'RECEIPT', quantity: -1 }), depots)).toMatchObject({
      exceptionType: 'PAYLOAD_INVALID',
    });
  });
});
