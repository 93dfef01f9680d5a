import { Topics } from '@parity/contracts';
import variant from './fixtures/item-variant.v1.json';
import { normalisePrimaItem } from './prima-item.mapper';
import { testContext } from './prima-test-context';

describe('a Prima item record', () => {
  it('becomes the item state: GTINs only, gross sell price, style from the parent', () => {
    expect(normalisePrimaItem(variant, testContext)).toEqual([
      {
        topic: Topics.erpItemsV1,
        value: {
          header: {
            eventId: 'prima:item:TEE-NVY-M:2026-11-20T08:15:00.000Z',
            source: 'PRIMA',
            producedBy: 'edge/prima-poll',
            occurredAt: Date.UTC(2026, 10, 20, 8, 15),
            sourceTimeZone: 'UTC',
            archiveRef: 'inbound/prima-0001',
          },
          sku: 'TEE-NVY-M',
          status: 'ACTIVE',
          description: 'Organic cotton tee, navy, M',
          isStockItem: true,
          barcodes: ['5012345678900', '012345678905'],
          unitOfMeasure: 'EA',
          quantityScale: 0,
          taxCode: 'S20',
          prices: [{ priceList: 'SELL', currency: 'GBP', unitPriceMinor: 2500, includesTax: true }],
          style: { styleCode: 'TEE', attributes: { Colour: 'Navy', Size: 'M' } },
        },
      },
    ]);
  });

  it('marks a NON_STOCK item as not a stock item and a standalone item as style-less', () => {
    const giftWrap = {
      ...variant,
      itemCode: 'GIFTWRAP',
      productStatus: 'NON_STOCK',
      parentItemCode: null,
    };
    expect(normalisePrimaItem(giftWrap, testContext)[0]?.value).toMatchObject({
      sku: 'GIFTWRAP',
      status: 'ACTIVE',
      isStockItem: false,
      style: null,
    });
  });

  it('keeps a DISCONTINUED item, as discontinued', () => {
    const discontinued = { ...variant, productStatus: 'DISCONTINUED' };
    expect(normalisePrimaItem(discontinued, testContext)[0]?.value).toMatchObject({
      status: 'DISCONTINUED',
      isStockItem: true,
    });
  });
});
