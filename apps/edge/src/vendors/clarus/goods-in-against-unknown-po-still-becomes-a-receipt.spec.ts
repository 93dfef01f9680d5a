import { Topics } from '@parity/contracts';
import { clarusTestContext as ctx } from './fixtures/normalise-context';
import payload from './fixtures/goods-in-completed-unknown-po.json';
import { normaliseClarusWebhook } from './normalise-clarus-webhook';

describe('Clarus goods-in receipt completed', () => {
  it('becomes a GoodsReceipt keyed by the reference, held goods quarantined', () => {
    const [event] = normaliseClarusWebhook('goods-in-completed', payload, ctx);
    expect(event?.topic).toBe(Topics.wmsGoodsReceiptsV1);
    expect(event?.value).toMatchObject({
      header: {
        eventId: 'clarus:goods-in-completed:3001:2',
        occurredAt: Date.UTC(2026, 10, 20, 14, 5),
        sourceTimeZone: '+00:00',
      },
      poNo: 'PO-NOT-FROM-PARITY',
      receiptRef: '3001',
      depot: 'BHX1',
      lines: [
        {
          poLineNo: null,
          sku: 'TEE-NVY-M',
          quantity: 118,
          quantityScale: 0,
          condition: 'SELLABLE',
        },
        {
          poLineNo: null,
          sku: 'TEE-NVY-M',
          quantity: 2,
          quantityScale: 0,
          condition: 'QUARANTINE',
        },
      ],
    });
  });
});
