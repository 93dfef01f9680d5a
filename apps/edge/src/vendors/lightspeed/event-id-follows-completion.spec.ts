import type { PosSale } from '@parity/contracts';
import { account, context, fixture } from './fixtures/polled-sales';
import { normaliseLightspeedSale } from './lightspeed-sale.mapper';

const eventIds = (sale: Record<string, unknown>) =>
  normaliseLightspeedSale({ sale, shopTimeZone: 'Europe/London' }, context, account).map(
    (event) => (event.value as PosSale).header.eventId,
  );

describe('the PosSale event id', () => {
  const completed = fixture('sale-variant-service-discount');

  it('repeats when the same sale is polled again, even after an edit that bumps its timeStamp', () => {
    const [first] = eventIds(completed);
    expect(eventIds(completed)).toEqual([first]);
    expect(eventIds({ ...completed, timeStamp: '2025-03-15T09:00:00+00:00' })).toEqual([first]);
  });

  it('is not made for a parked or voided sale, and is new once the sale is completed', () => {
    const { completeTime: _unset, ...parked } = completed;
    expect(eventIds({ ...parked, completed: 'false' })).toEqual([]);
    expect(eventIds({ ...completed, voided: 'true' })).toEqual([]);

    const later = eventIds({ ...completed, completeTime: '2025-03-14T11:00:00+01:00' });
    expect(later).toEqual([`lightspeed:sale:1:${Date.parse('2025-03-14T10:00:00Z')}`]);
    expect(later).not.toEqual(eventIds(completed));
  });
});
