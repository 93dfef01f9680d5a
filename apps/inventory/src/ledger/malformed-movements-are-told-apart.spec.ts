import { malformationOf } from './movement-admission';
import { movement } from './stock-movement.fixture';

describe('a malformed movement', () => {
  it('is a snapshot without levels, or an unsigned kind with a negative quantity', () => {
    expect(malformationOf(movement())).toBeUndefined();
    expect(malformationOf(movement({ kind: 'SNAPSHOT' }))).toMatchObject({
      code: 'INVENTORY.SNAPSHOT_WITHOUT_LEVELS',
    });
    expect(malformationOf(movement({ kind: 'RECEIPT', quantity: -1 }))).toMatchObject({
      code: 'INVENTORY.NEGATIVE_QUANTITY',
    });
    expect(malformationOf(movement({ kind: 'ADJUSTMENT', quantity: -1 }))).toBeUndefined();
  });
});
