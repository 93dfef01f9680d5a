import { PayloadRejected } from '../../ingest/canonical-event';
import variant from './fixtures/item-variant.v1.json';
import purchased from './fixtures/purchase-order-purchased.v1.json';
import authorised from './fixtures/sales-order-authorised.v1.json';
import { normalisePrimaItem } from './prima-item.mapper';
import { normalisePrimaPurchaseOrder } from './prima-purchase-order.mapper';
import { normalisePrimaSalesOrder } from './prima-sales-order.mapper';
import { testContext } from './prima-test-context';

function rejection(run: () => unknown): PayloadRejected {
  try {
    run();
  } catch (error) {
    if (error instanceof PayloadRejected) return error;
    throw error;
  }
  throw new Error('expected the record to be rejected');
}

describe('a malformed Prima record', () => {
  it('is PAYLOAD_INVALID, naming the SKU and the bad field', () => {
    const { sellPrice: _dropped, ...noPrice } = variant;
    const rejected = rejection(() => normalisePrimaItem(noPrice, testContext));
    expect(rejected.code).toBe('PRIMA.PAYLOAD_INVALID');
    expect(rejected.message).toContain('sellPrice');
    expect(rejected.exception).toEqual({
      type: 'PAYLOAD_INVALID',
      entityType: 'SKU',
      entityId: 'TEE-NVY-M',
    });
  });

  it('rejects an amount that is not integer minor units', () => {
    const fractional = {
      ...authorised,
      totals: { ...authorised.totals, grossMinor: 47.99 },
    };
    const rejected = rejection(() => normalisePrimaSalesOrder(fractional, testContext));
    expect(rejected.exception).toEqual({
      type: 'PAYLOAD_INVALID',
      entityType: 'SALES_ORDER',
      entityId: 'SO-100234',
    });
  });

  it('falls back to the archive reference when the record names no entity', () => {
    const rejected = rejection(() =>
      normalisePrimaPurchaseOrder({ ...purchased, poNumber: 42 }, testContext),
    );
    expect(rejected.exception).toMatchObject({
      entityType: 'PURCHASE_ORDER',
      entityId: 'inbound/prima-0001',
    });
    expect(rejection(() => normalisePrimaItem(null, testContext)).exception.entityId).toBe(
      'inbound/prima-0001',
    );
  });
});
