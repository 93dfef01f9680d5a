import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Topics, type PosSale } from '@parity/contracts';
import { parseScaled } from '@parity/domain';
import { createLightspeedSimulator, createSitooSimulator } from '@parity/simulators';
import { worldOfLocations } from '@parity/world-api';
import { EdgeHarness, edgeUrl } from '../support/edge-harness';
import { workspaceRoot } from '../support/service-env';
import {
  GENERIC_NON_STOCK_ITEM,
  LIGHTSPEED,
  LIGHTSPEED_MISCELLANEOUS,
  lightspeedEdgeEnv,
  SITOO,
  sitooEdgeEnv,
} from './vendor-settings';

/**
 * The vendors' own published payloads (../shared/vendor-samples beside the clone, see its
 * README), served by the simulators verbatim and taken in by edge as it takes in the vendor:
 * Lightspeed sales by its poller, Sitoo orders by the events push and the orders poller, and
 * Sitoo's Events SPI example as a push. The Peoplevox, Prima and other samples are not
 * payloads edge receives (requests Parity sends, or feeds other flows read).
 */
const SAMPLES = join(workspaceRoot, '..', 'shared', 'vendor-samples');
const describeWithSamples = existsSync(SAMPLES) ? describe : describe.skip;
const sample = (name: string): Record<string, unknown> =>
  JSON.parse(readFileSync(join(SAMPLES, name), 'utf8')) as Record<string, unknown>;

/** Sitoo's examples name warehouse 1 and Lightspeed's shop 1: here two sample stores. */
const SITOO_STORE = 'SMS';
const LIGHTSPEED_STORE = 'SML';

/**
 * Lightspeed's docs fetched most sales without SaleLines.Item, which edge's poller always
 * loads: the items they sell (12 and 28) are added as that relation would carry them. Nothing
 * else of the sample changes.
 */
const ITEMS: Record<string, object> = {
  '12': { itemID: '12', customSku: 'DOC-12', itemType: 'default', itemMatrixID: '0' },
  '28': { itemID: '28', customSku: 'DOC-28', itemType: 'default', itemMatrixID: '0' },
};
function lightspeedSale(file: string): Record<string, unknown> {
  const sale = sample(file)['Sale'] as Record<string, unknown>;
  const relation = sale['SaleLines'] as { SaleLine: object | object[] } | undefined;
  if (!relation) return sale;
  const withItem = (line: object) => {
    const item = ITEMS[String((line as { itemID?: unknown }).itemID)];
    return item && !('Item' in line) ? { ...line, Item: item } : line;
  };
  const lines = relation.SaleLine;
  // Kept in the vendor's shape: one line stays an object, several an array.
  return {
    ...sale,
    SaleLines: { SaleLine: Array.isArray(lines) ? lines.map(withItem) : withItem(lines) },
  };
}

const pence = (text: unknown) => parseScaled(String(text), 2);
const paid = (sale: PosSale | undefined) =>
  sale?.payments.reduce((sum, payment) => sum + payment.amountMinor, 0);

describeWithSamples("the vendors' own samples through edge", () => {
  const harness = new EdgeHarness();

  beforeAll(() =>
    harness.start(
      [
        createLightspeedSimulator(LIGHTSPEED.simulator),
        createSitooSimulator({
          ...SITOO.simulator,
          eventsUrl: `${edgeUrl}/hooks/sitoo/${SITOO.eventsSecret}/events`,
          eventsAuth: SITOO.eventsAuth,
        }),
      ],
      async (sandboxUrl) => {
        const shop = (await harness.admin('lightspeed/shops', {
          name: 'Sample shop',
          timeZone: 'US/Eastern',
        })) as { shopID: string };
        const world = worldOfLocations([
          { vendor: 'SITOO', location: '1', depot: `${SITOO_STORE}-D`, store: SITOO_STORE },
          {
            vendor: 'LIGHTSPEED',
            location: shop.shopID,
            depot: `${LIGHTSPEED_STORE}-D`,
            store: LIGHTSPEED_STORE,
          },
        ]);
        return {
          world: { ...world, nonStockItems: [LIGHTSPEED_MISCELLANEOUS] },
          env: {
            ...sitooEdgeEnv(sandboxUrl, 1).env,
            ...lightspeedEdgeEnv(sandboxUrl, shop.shopID).env,
            // The samples' VAT rates (6 % and 25 %) and tax classes (1, 6 and 8), in USD.
            SITOO_TAX_CODES: JSON.stringify({ '600': 'S6', '2500': 'S25' }),
            LIGHTSPEED_TAX_CODES: JSON.stringify({ '1': 'T1', '6': 'T6', '8': 'T8' }),
            LIGHTSPEED_CURRENCY: 'USD',
          },
        };
      },
    ),
  );
  afterAll(() => harness.stop());

  /** This run's archive row for a payload, once edge has archived it (a marker, not a sleep). */
  async function archived(vendor: string, fragment: string) {
    for (let attempt = 0; attempt < 60; attempt += 1) {
      const row = (await harness.archivedContaining(vendor, fragment)).at(-1);
      if (row) return row;
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
    throw new Error(`edge archived nothing from ${vendor} containing ${fragment}`);
  }

  describe('Lightspeed sales, polled', () => {
    const files = {
      '270': 'lightspeed-doc-sale-270-pricing-rule-single-line-response.json',
      '277': 'lightspeed-doc-sale-277-completed-response.json',
      '282': 'lightspeed-doc-sale-282-full-refund-response.json',
      '10': 'lightspeed-doc-sale-displaytemplate-full-relations.json',
      '201': 'lightspeed-doc-sale-giftcard-redeemed-response.json',
      '195': 'lightspeed-doc-sale-giftcard-sold-response.json',
      '156': 'lightspeed-doc-sale-156-archived-response.json',
      '302': 'lightspeed-doc-sale-302-partial-refund-response.json',
    } as const;
    const completed = ['270', '277', '282', '10', '201', '195'];
    let published = new Map<string, { key: string; value: PosSale }>();

    beforeAll(async () => {
      for (const file of Object.values(files)) {
        await harness.admin('lightspeed/sales/recorded', lightspeedSale(file));
      }
      const found = await harness.events(
        Topics.posSalesV1,
        (sale) => sale.store === LIGHTSPEED_STORE,
        completed.length,
        60_000,
      );
      published = new Map(found.map((event) => [event.value.saleId, event]));
    });

    it.each(completed)(
      'sale %s is one till transaction keyed store:sale, to the cent of Lightspeed’s total and payments',
      (saleID) => {
        const vendor = sample(files[saleID as keyof typeof files])['Sale'] as Record<
          string,
          unknown
        >;
        const event = published.get(saleID);
        expect(event?.key).toBe(`${LIGHTSPEED_STORE}:${saleID}`);
        expect(event?.value).toMatchObject({
          store: LIGHTSPEED_STORE,
          depot: `${LIGHTSPEED_STORE}-D`,
          currency: 'USD',
          kind: saleID === '282' ? 'RETURN' : 'SALE',
          totalMinor: pence(vendor['calcTotal']),
          taxMinor: pence(vendor['taxTotal']),
          totalsProblem: null,
          header: { source: 'LIGHTSPEED', sourceTimeZone: 'US/Eastern' },
        });
        expect(paid(event?.value)).toBe(pence(vendor['calcTotal']));
      },
    );

    it('sale 277 is the 34.48 paid, where rounding each line would give 34.49', () => {
      const sale = published.get('277')?.value;
      expect(sale?.lines.map((line) => line.lineTotalMinor)).toEqual([1149, 2299]);
      expect(sale?.totalMinor).toBe(3448);
    });

    it('the gift card sold on a miscellaneous line is Prima’s generic non-stock item, at the sale’s timeStamp (no completeTime)', () => {
      const sale = published.get('195')?.value;
      expect(sale?.header.occurredAt).toBe(Date.parse('2021-10-11T18:21:08+00:00'));
      expect(sale?.lines).toEqual([
        expect.objectContaining({
          sku: GENERIC_NON_STOCK_ITEM,
          isStockItem: false,
          description: 'Gift Card Purchase 231234000000',
          // Lightspeed prices the card's line at 0: the 100.00 is in the tenders (below).
          unitPriceMinor: 0,
          lineTotalMinor: 0,
        }),
      ]);
      expect(sale?.payments.map((payment) => [payment.method, payment.amountMinor])).toEqual([
        ['Gift Card', -10000],
        ['Cash', 10000],
      ]);
    });

    it('the refund not yet completed is archived and gives no sale', async () => {
      const row = await archived('lightspeed', '"saleID":"302"');
      expect([row.outcome, row.event_ids]).toEqual(['ACCEPTED', []]);
      expect(published.has('302')).toBe(false);
    });

    it('the archived sale is not even listed (Lightspeed lists archived records only when asked): no sale', async () => {
      // The polls that listed every completed sale (above) would have listed it too.
      expect(await harness.archivedContaining('lightspeed', '"saleID":"156"')).toEqual([]);
      expect(published.has('156')).toBe(false);
    });
  });

  describe('Sitoo orders, pushed and polled', () => {
    const orders = sample('sitoo-spec-all-orders-example.json')['items'] as Record<
      string,
      unknown
    >[];
    const webshop = sample('sitoo-spec-order-get-example.json');
    let published = new Map<string, { key: string; value: PosSale }>();

    beforeAll(async () => {
      await harness.admin('sitoo/orders/recorded', [...orders, webshop]);
      const found = await harness.events(
        Topics.posSalesV1,
        (sale) => sale.store === SITOO_STORE,
        orders.length,
      );
      published = new Map(found.map((event) => [event.value.saleId, event]));
    });

    it('the till sale on a GUID register is a sale of Sitoo’s own total', () => {
      const event = published.get('11513');
      expect(event?.key).toBe(`${SITOO_STORE}:11513`);
      expect(event?.value).toMatchObject({
        kind: 'SALE',
        currency: 'USD',
        totalMinor: 1500,
        taxMinor: 85,
        totalsProblem: null,
        lines: [expect.objectContaining({ sku: '121292-4', taxCode: 'S6', quantity: 1 })],
      });
      expect(paid(event?.value)).toBe(1500);
    });

    it('the refund paid −2900.00 against −2990.00 goes through and is finance’s TOTALS_MISMATCH', async () => {
      const refund = published.get('11512')?.value;
      expect(refund).toMatchObject({ kind: 'RETURN', totalMinor: -299000, taxMinor: -59800 });
      expect(paid(refund)).toBe(-290000);
      expect(refund?.totalsProblem).toBe(
        'The lines add up to -2990.00 USD, but the payments add up to -2900.00 USD',
      );
      const [raised] = await harness.events(
        Topics.exceptionsFinanceV1,
        (exception) => exception.entityId === `${SITOO_STORE}:11512`,
        1,
      );
      expect(raised?.key).toBe(`${SITOO_STORE}:11512`);
      expect(raised?.value).toMatchObject({
        type: 'TOTALS_MISMATCH',
        team: 'FINANCE',
        entityType: 'POS_SALE',
        fingerprint: `TOTALS_MISMATCH:POS_SALE:${SITOO_STORE}:11512`,
        header: { source: 'SITOO', archiveRef: refund?.header.archiveRef },
        details: { linesTotalMinor: '-299000', paymentsMinor: '-290000' },
      });
    });

    it('the webshop order (no register) is archived and is no till transaction', async () => {
      const row = await archived('sitoo', '"orderid":11514');
      expect([row.outcome, row.event_ids]).toEqual(['ACCEPTED', []]);
      expect(published.has('11514')).toBe(false);
    });

    it('the Events SPI example is taken in as a push', async () => {
      const basic = Buffer.from(
        `${SITOO.eventsAuth.username}:${SITOO.eventsAuth.password}`,
      ).toString('base64');
      const response = await fetch(`${edgeUrl}/hooks/sitoo/${SITOO.eventsSecret}/events`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Basic ${basic}` },
        body: readFileSync(join(SAMPLES, 'sitoo-doc-spi-events-order-example.json')),
      });
      expect(response.status).toBe(200);
      const row = await archived('sitoo', '5e9fd002119a4c5fb4de5ccb9d0b90ea');
      // A re-run sends the same bytes again, which edge recognises as a redelivery.
      expect(['ACCEPTED', 'DUPLICATE']).toContain(row.outcome);
      expect(row.error_code).toBeNull();
    });
  });
});
