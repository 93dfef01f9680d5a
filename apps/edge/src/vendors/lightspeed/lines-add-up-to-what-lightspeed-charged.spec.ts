import type { PosSale } from '@parity/contracts';
import { parseScaled } from '@parity/domain';
import { account, context, fixture, type FixtureName } from './fixtures/polled-sales';
import { normaliseLightspeedSale } from './lightspeed-sale.mapper';

function mapped(name: FixtureName): PosSale {
  const [event] = normaliseLightspeedSale(
    { sale: fixture(name), shopTimeZone: 'Europe/London' },
    context,
    account,
  );
  return event?.value as PosSale;
}

/** The sale's own rounded fields, in pence: what Lightspeed charged. */
function charged(name: FixtureName) {
  const sale = fixture(name) as Record<string, string>;
  const pence = (text = '') => parseScaled(text, 2);
  return { taxMinor: pence(sale['taxTotal']), totalMinor: pence(sale['calcTotal']) };
}

describe('a Lightspeed sale’s lines, by the document rounding rule', () => {
  it('add up to the 34.48 of tax-exclusive sale 277, where rounding each line gives 34.49', () => {
    const sale = mapped('sale-tax-exclusive-two-taxes');
    expect(sale.pricesIncludeTax).toBe(false);
    // calcTotal "11.4860025" and "22.995": tax1 shares 0.50 + 1.00, tax2 shares 1.00 + 1.99.
    expect(sale.lines.map((line) => [line.taxMinor, line.lineTotalMinor])).toEqual([
      [150, 1149],
      [299, 2299],
    ]);
    expect(sale.lines.map((line) => line.taxRateBasisPoints)).toEqual([1498, 1498]);
    expect({ taxMinor: sale.taxMinor, totalMinor: sale.totalMinor }).toEqual(
      charged('sale-tax-exclusive-two-taxes'),
    );
    expect(sale.payments.map((payment) => payment.amountMinor)).toEqual([3448]);
  });

  it('carry a tax-inclusive sale’s VAT to its taxTotal, where line by line it came to 15.41', () => {
    const sale = mapped('sale-variant-service-discount');
    // calcTax1 "13.7216667", "1.29", "0.4033333": the column's 15.415 is 15.42.
    expect(sale.lines.map((line) => line.taxMinor)).toEqual([1372, 129, 41]);
    expect({ taxMinor: sale.taxMinor, totalMinor: sale.totalMinor }).toEqual(
      charged('sale-variant-service-discount'),
    );
  });

  it.each<FixtureName>(['refund-partial', 'exchange'])(
    '%s comes to the sale’s own tax and total',
    (name) => {
      const sale = mapped(name);
      expect({ taxMinor: sale.taxMinor, totalMinor: sale.totalMinor }).toEqual(charged(name));
    },
  );
});
