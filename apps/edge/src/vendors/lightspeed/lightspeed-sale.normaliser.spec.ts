import type { PosSale } from '@parity/contracts';
import { PayloadRejected } from '../../ingest/canonical-event';
import { account, context, fixture } from './fixtures/polled-sales';
import { lightspeedSaleNormaliser } from './lightspeed-sale.normaliser';

const delivery = (body: string) => ({
  vendor: 'lightspeed' as const,
  channel: 'lightspeed.sale',
  body: Buffer.from(body),
  contentType: 'application/json',
  headers: {},
  receivedAt: new Date('2025-03-14T12:20:00Z'),
});

describe('the lightspeed.sale normaliser', () => {
  const normalise = lightspeedSaleNormaliser(account);

  it('reads an archived poll body into its PosSale', () => {
    const body = JSON.stringify({
      sale: fixture('sale-variant-service-discount'),
      shopTimeZone: 'Europe/London',
    });
    const [event] = normalise(delivery(body), context);
    expect((event?.value as PosSale).saleId).toBe('1');
  });

  it('rejects a body that is not a polled sale', () => {
    expect(() => normalise(delivery('not json'), context)).toThrow(PayloadRejected);
  });
});
