import { Topics } from '../catalog';
import { sampleEvents } from '../samples';

describe('topic keys', () => {
  it('key stock by SKU, so a SKU keeps its order', () => {
    expect(Topics.wmsStockMovementsV1.key.of(sampleEvents.wmsStockMovementsV1)).toBe('TEE-NVY-M');
    expect(Topics.erpItemsV1.key.of(sampleEvents.erpItemsV1)).toBe('TEE-NVY-M');
  });

  it('key availability by depot and SKU, so compaction keeps every depot of a SKU', () => {
    expect(Topics.inventoryAvailabilityV1.key.of(sampleEvents.inventoryAvailabilityV1)).toBe(
      'LON1:TEE-NVY-M',
    );
    expect(Topics.inventorySyncAcksV1.key.of(sampleEvents.inventorySyncAcksV1)).toBe(
      'MAN1:TEE-NVY-M',
    );
  });

  it('key orders by order number and purchase orders by PO number', () => {
    expect(Topics.erpSalesOrdersV1.key.of(sampleEvents.erpSalesOrdersV1)).toBe('SO-100234');
    expect(Topics.wmsOrderEventsV1.key.of(sampleEvents.wmsOrderEventsV1)).toBe('SO-100234');
    expect(Topics.returnsCreditNotesV1.key.of(sampleEvents.returnsCreditNotesV1)).toBe('SO-100234');
    expect(Topics.wmsGoodsReceiptsV1.key.of(sampleEvents.wmsGoodsReceiptsV1)).toBe('PO-7781');
  });

  it('key till transactions by store and sale, and their postings alike', () => {
    expect(Topics.posSalesV1.key.of(sampleEvents.posSalesV1)).toBe('MAN1:90412');
    expect(Topics.ordersErpPostingsV1.key.of(sampleEvents.ordersErpPostingsV1)).toBe('MAN1:90412');
  });

  it('key exceptions by the entity they concern', () => {
    expect(Topics.exceptionsFinanceV1.key.of(sampleEvents.exceptionsFinanceV1)).toBe('MAN1:90413');
  });
});
