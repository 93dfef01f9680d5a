import authorised from './fixtures/sales-order-authorised.v1.json';
import { normalisePrimaSalesOrder } from './prima-sales-order.mapper';
import { testContext } from './prima-test-context';

const version = (changes: object) => ({
  ...authorised,
  ...changes,
  modifiedAt: '2026-11-20T11:00:00.000Z',
});

describe('a Prima sales order that is not simply authorised', () => {
  it('is CANCELLED when cancelled after authorisation', () => {
    const [event] = normalisePrimaSalesOrder(version({ status: 'CANCELLED' }), testContext);
    expect(event?.value).toMatchObject({
      header: { eventId: 'prima:so:SO-100234:2026-11-20T11:00:00.000Z' },
      orderNo: 'SO-100234',
      status: 'CANCELLED',
    });
  });

  it('is no event when cancelled before it was ever authorised', () => {
    const neverAuthorised = version({
      status: 'CANCELLED',
      authorisation: { ...authorised.authorisation, authorisedBy: null, authorisedAt: null },
    });
    expect(normalisePrimaSalesOrder(neverAuthorised, testContext)).toEqual([]);
  });

  it.each(['AWAITING_AUTHORISATION', 'PART_DESPATCHED', 'DESPATCHED', 'COMPLETED'])(
    'is no event while %s',
    (status) => {
      expect(normalisePrimaSalesOrder(version({ status }), testContext)).toEqual([]);
    },
  );
});
