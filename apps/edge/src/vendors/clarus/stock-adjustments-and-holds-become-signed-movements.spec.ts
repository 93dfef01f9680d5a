import { Topics, type StockMovement } from '@parity/contracts';
import { clarusTestContext as ctx } from './fixtures/normalise-context';
import adjustment from './fixtures/stock-adjustment-negative.json';
import placed from './fixtures/stock-placed-on-hold.json';
import released from './fixtures/stock-taken-off-hold.json';
import { normaliseClarusWebhook } from './normalise-clarus-webhook';

const movements = (trigger: string, payload: unknown) =>
  normaliseClarusWebhook(trigger, payload, ctx).map((event) => {
    expect(event.topic).toBe(Topics.wmsStockMovementsV1);
    return event.value as StockMovement;
  });

describe('Clarus stock adjustments and holds', () => {
  it('turns a negative adjustment into a signed ADJUSTMENT sequenced by its movement id', () => {
    expect(movements('stock-adjustment-negative', adjustment)).toEqual([
      expect.objectContaining({
        header: expect.objectContaining({
          eventId: 'clarus:stock-adjustment-negative:6001:70012',
          occurredAt: Date.UTC(2026, 10, 20, 10, 0),
        }),
        sku: 'TEE-NVY-M',
        depot: 'BHX1',
        kind: 'ADJUSTMENT',
        sourceSequence: 70012,
        quantity: -3,
        condition: 'SELLABLE',
        reasonCode: 'DAMAGED',
      }),
    ]);
  });

  it('rejects an adjustment whose direction contradicts its trigger', () => {
    expect(() => movements('stock-adjustment-positive', adjustment)).toThrow(
      expect.objectContaining({ code: 'CLARUS.PAYLOAD_INVALID' }),
    );
  });

  it('moves held stock from SELLABLE to QUARANTINE and back, one movement per ledger line', () => {
    const summary = (list: StockMovement[]) =>
      list.map((m) => [m.header.eventId, m.sourceSequence, m.condition, m.quantity, m.kind]);
    expect(summary(movements('stock-placed-on-hold', placed))).toEqual([
      ['clarus:stock-placed-on-hold:6501:70013', 70013, 'SELLABLE', -5, 'ADJUSTMENT'],
      ['clarus:stock-placed-on-hold:6501:70014', 70014, 'QUARANTINE', 5, 'ADJUSTMENT'],
    ]);
    expect(summary(movements('stock-taken-off-hold', released))).toEqual([
      ['clarus:stock-taken-off-hold:6501:70020', 70020, 'QUARANTINE', -5, 'ADJUSTMENT'],
      ['clarus:stock-taken-off-hold:6501:70021', 70021, 'SELLABLE', 5, 'ADJUSTMENT'],
    ]);
  });

  it('refuses a trigger Clarus does not have', () => {
    expect(() => movements('stock-teleported', adjustment)).toThrow(
      expect.objectContaining({ code: 'CLARUS.TRIGGER_UNKNOWN' }),
    );
  });
});
