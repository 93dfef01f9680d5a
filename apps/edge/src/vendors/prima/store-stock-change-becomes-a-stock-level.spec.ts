import { Topics } from '@parity/contracts';
import { PayloadRejected } from '../../ingest/canonical-event';
import { normalisePrimaStockLevel } from './prima-stock-level.mapper';
import { testContext } from './prima-test-context';

const changed = {
  itemCode: 'TEE-NVY-M',
  depotCode: 'STORE01',
  quantityOnHand: 8,
  quantityAllocated: 0,
  quantityOnOrder: 0,
  quantityAvailableToSell: 7,
  modifiedAt: '2026-11-20T10:36:00.000Z',
};

describe("a row of Prima's stock change feed", () => {
  it("becomes the store depot's stock level, Prima's available-to-sell apart from its on hand", () => {
    expect(normalisePrimaStockLevel(changed, testContext)).toEqual([
      {
        topic: Topics.erpStockLevelsV1,
        value: {
          header: {
            eventId: 'prima:stock:STORE01:TEE-NVY-M:2026-11-20T10:36:00.000Z',
            source: 'PRIMA',
            producedBy: 'edge/prima-poll',
            occurredAt: Date.UTC(2026, 10, 20, 10, 36),
            sourceTimeZone: 'UTC',
            archiveRef: 'inbound/prima-0001',
          },
          sku: 'TEE-NVY-M',
          depot: 'STORE01',
          onHand: 8,
          allocated: 0,
          ats: 7,
          quantityScale: 0,
          modifiedAt: Date.UTC(2026, 10, 20, 10, 36),
        },
      },
    ]);
  });

  it('is rejected as a payload problem when it breaks the shape of Prima’s API', () => {
    const broken = { ...changed, quantityAvailableToSell: '7' };
    expect(() => normalisePrimaStockLevel(broken, testContext)).toThrow(
      expect.objectContaining<Partial<PayloadRejected>>({
        exception: {
          type: 'PAYLOAD_INVALID',
          entityType: 'SKU',
          entityId: 'TEE-NVY-M',
        },
      }),
    );
  });
});
