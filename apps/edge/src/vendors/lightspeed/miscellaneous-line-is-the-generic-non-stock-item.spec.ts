import type { PosSale } from '@parity/contracts';
import { PayloadRejected } from '../../ingest/canonical-event';
import { account, context, fixture } from './fixtures/polled-sales';
import { normaliseLightspeedSale } from './lightspeed-sale.mapper';

describe('a miscellaneous line (itemID "0", typed in by the cashier)', () => {
  const sale = fixture('sale-miscellaneous-older-shape');

  it("is Prima's generic non-stock item, with the cashier's text and price, moving no stock", () => {
    const [event] = normaliseLightspeedSale(
      { sale, shopTimeZone: 'Europe/London' },
      context,
      account,
    );
    const posSale = event?.value as PosSale;
    expect(posSale.lines).toEqual([
      expect.objectContaining({
        sku: 'NONSTOCK',
        isStockItem: false,
        description: 'Hem alteration, trousers',
        unitPriceMinor: 1250,
        taxMinor: 208,
        lineTotalMinor: 1250,
      }),
    ]);
    expect(posSale.totalMinor).toBe(1250);
  });

  it('is VARIANT_UNMAPPED about the sale when the world has no generic non-stock item', () => {
    const noItem = { ...context, nonStockItems: { primaItemFor: () => undefined } };
    const map = () =>
      normaliseLightspeedSale({ sale, shopTimeZone: 'Europe/London' }, noItem, account);
    expect(map).toThrow(PayloadRejected);
    expect(map).toThrow(
      expect.objectContaining({
        code: 'LIGHTSPEED.NON_STOCK_ITEM_UNMAPPED',
        exception: { type: 'VARIANT_UNMAPPED', entityType: 'POS_SALE', entityId: 'CG01:41' },
      }),
    );
  });
});
