import { creditNoteFromXml, newOrderToXml } from './prima-wire';
import type { XmlElement } from './prima-xml';

const creditNote = (total: unknown): XmlElement =>
  ({
    CreditNoteNumber: 'CN1',
    RANumber: 'RA1',
    Currency: 'GBP',
    Total: total,
    CreditLineData: [
      { Product: 'OXF', MtrxCode1: 'BLU', MtrxCode2: 'M', Quantity: '1', Net: '4.35', Vat: '0.87' },
    ],
  }) as XmlElement;

describe('Prima amounts in attributes', () => {
  it.each([
    ['12.50', 1250],
    ['1.1', 110],
    ['7', 700],
    ['-3.10', -310],
    ['-0.00', 0],
    ['90071992547409.91', 9007199254740991],
  ])('reads %s as %d hundredths', (text, hundredths) => {
    expect(creditNoteFromXml(creditNote(text)).totalMinor).toBe(hundredths);
  });

  it('keeps values a float multiply would drift on', () => {
    // 4.35 * 100 is 434.99999999999994 in floating point.
    expect(creditNoteFromXml(creditNote('5.22')).lines[0]).toMatchObject({
      itemCode: 'OXF-BLU-M',
      netMinor: 435,
      vatMinor: 87,
    });
  });

  it.each(['1.005', '12,50', '', ' 1.00', '1e2', '.50', undefined])(
    'refuses %p as a RangeError, which the client reports as a bad response',
    (total) => {
      expect(() => creditNoteFromXml(creditNote(total))).toThrow(RangeError);
    },
  );

  it('writes hundredths back as two-place decimals', () => {
    const data = newOrderToXml({
      orderSource: 'POS',
      customerAccountCode: 'TILL',
      customerReference: 'LIGHTSPEED:CG01:1',
      depotCode: 'CG01-STORE',
      currency: 'GBP',
      lines: [{ itemCode: 'SOCK-1', quantityOrdered: 1, unitNetPriceMinor: -5, vatCode: 'S20' }],
    }) as { OrderLineData: { Price: string; DiscountPercent: string }[] };
    expect(data.OrderLineData[0]).toMatchObject({ Price: '-0.05', DiscountPercent: '0.00' });
  });
});
