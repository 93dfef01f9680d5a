import { exceptionOf, type ExceptionFacts } from './exception-of';
import { exceptionOwners } from './exception-owners';

const facts: ExceptionFacts = {
  type: 'STOCK_DRIFT',
  entity: { type: 'SKU', id: 'TEE-NVY-M' },
  qualifier: ['WH1', 'PEOPLEVOX', 'onHand'],
  summary: 'PEOPLEVOX says onHand of TEE-NVY-M in WH1 is 4; Parity says 5.',
  eventId: 'sweep-1:STOCK_DRIFT:SKU:TEE-NVY-M:WH1:PEOPLEVOX:onHand',
  source: 'PEOPLEVOX',
  producedBy: 'reconciliation/snapshot-sweep',
  occurredAt: 1_764_000_000_000,
};

describe('an exception built from facts', () => {
  it.each(Object.entries(exceptionOwners))('of type %s goes to its one owner', (type, owner) => {
    const exception = exceptionOf({ ...facts, type: type as ExceptionFacts['type'] });
    expect({ team: exception.team, severity: exception.severity }).toEqual(owner);
  });

  it('is fingerprinted TYPE:ENTITY:KEY then its qualifier parts', () => {
    expect(exceptionOf(facts).fingerprint).toBe('STOCK_DRIFT:SKU:TEE-NVY-M:WH1:PEOPLEVOX:onHand');
    expect(exceptionOf({ ...facts, qualifier: undefined }).fingerprint).toBe(
      'STOCK_DRIFT:SKU:TEE-NVY-M',
    );
  });
});
