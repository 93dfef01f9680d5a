import { creditNoteFromWire, salesOrderToWire, type WireCreditNote } from './prima-wire';

const creditNote = (total: unknown): WireCreditNote =>
  ({
    creditNoteNumber: 'CN1',
    raNumber: 'RA1',
    currency: 'GBP',
    lines: [{ itemCode: 'OXF-BLU-M', quantity: 1, net: '4.35', vat: '0.87' }],
    total,
  }) as WireCreditNote;

describe('Prima amounts on the wire', () => {
  it.each([
    ['12.50', 1250],
    ['1.1', 110],
    ['7', 700],
    ['-3.10', -310],
    ['-0.00', 0],
    ['90071992547409.91', 9007199254740991],
  ])('reads %s as %d hundredths', (text, hundredths) => {
    expect(creditNoteFromWire(creditNote(text)).totalMinor).toBe(hundredths);
  });

  it('keeps values a float multiply would drift on', () => {
    // 4.35 * 100 is 434.99999999999994 in floating point.
    expect(creditNoteFromWire(creditNote('5.22')).lines[0]).toMatchObject({
      netMinor: 435,
      vatMinor: 87,
    });
  });

  it.each(['1.005', '12,50', '', ' 1.00', '1e2', '.50', null, 12.5])(
    'refuses %p as a RangeError, which the client reports as a bad response',
    (total) => {
      expect(() => creditNoteFromWire(creditNote(total))).toThrow(RangeError);
    },
  );

  it('writes hundredths back as two-place decimals', () => {
    const wire = salesOrderToWire({
      orderSource: 'POS',
      customerAccountCode: 'TILL',
      customerReference: 'LIGHTSPEED:CG01:1',
      depotCode: 'CG01-STORE',
      currency: 'GBP',
      lines: [{ itemCode: 'SOCK-1', quantityOrdered: 1, unitNetPriceMinor: -5, vatCode: 'S20' }],
    }) as { lines: { unitNetPrice: string; discountPercent: string }[] };
    expect(wire.lines[0]).toMatchObject({ unitNetPrice: '-0.05', discountPercent: '0.00' });
  });
});
