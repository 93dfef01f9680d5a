import type { PosSale } from '@parity/contracts';
import { account, context, fixture } from './fixtures/polled-sales';
import { normaliseLightspeedSale } from './lightspeed-sale.mapper';

describe('a completed sale from an older API version, without completeTime', () => {
  it('is mapped at its timeStamp, not skipped', () => {
    const sale = fixture('sale-miscellaneous-older-shape');
    expect(sale['completeTime']).toBeUndefined();
    const events = normaliseLightspeedSale(
      { sale, shopTimeZone: 'Europe/London' },
      context,
      account,
    );
    expect(events).toHaveLength(1);
    const { header } = events[0]?.value as PosSale;
    expect(header.occurredAt).toBe(Date.parse('2025-03-14T11:05:00Z'));
    expect(header.eventId).toBe(`lightspeed:sale:41:${Date.parse('2025-03-14T11:05:00Z')}`);
  });
});
