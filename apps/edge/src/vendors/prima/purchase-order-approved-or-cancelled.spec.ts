import { Topics } from '@parity/contracts';
import purchased from './fixtures/purchase-order-purchased.v1.json';
import { normalisePrimaPurchaseOrder } from './prima-purchase-order.mapper';
import { testContext } from './prima-test-context';

describe('a Prima purchase order', () => {
  it('is APPROVED once purchased from the supplier', () => {
    expect(normalisePrimaPurchaseOrder(purchased, testContext)).toEqual([
      {
        topic: Topics.erpPurchaseOrdersV1,
        value: {
          header: {
            eventId: 'prima:po:PO-7781:2026-11-18T10:00:00.000Z',
            source: 'PRIMA',
            producedBy: 'edge/prima-poll',
            occurredAt: Date.UTC(2026, 10, 18, 10),
            sourceTimeZone: 'UTC',
            archiveRef: 'inbound/prima-0001',
          },
          poNo: 'PO-7781',
          status: 'APPROVED',
          supplierRef: 'SUP-ACME',
          depot: 'BHX1',
          expectedAt: Date.UTC(2026, 10, 27),
          currency: 'GBP',
          lines: [
            { lineNo: 1, sku: 'TEE-NVY-M', quantity: 120, quantityScale: 0, unitCostMinor: 640 },
          ],
        },
      },
    ]);
  });

  it('is CANCELLED when withdrawn after it was purchased', () => {
    const cancelled = { ...purchased, status: 'CANCELLED', modifiedAt: '2026-11-19T12:00:00.000Z' };
    expect(normalisePrimaPurchaseOrder(cancelled, testContext)[0]?.value).toMatchObject({
      header: { eventId: 'prima:po:PO-7781:2026-11-19T12:00:00.000Z' },
      status: 'CANCELLED',
    });
  });

  it.each([
    ['a draft', { status: 'OUTSTANDING', purchasedAt: null }],
    ['a draft that was cancelled', { status: 'CANCELLED', purchasedAt: null }],
    ['receipt progress', { status: 'PART_RECEIVED' }],
  ])('is no event for %s', (_case, changes) => {
    expect(normalisePrimaPurchaseOrder({ ...purchased, ...changes }, testContext)).toEqual([]);
  });
});
