import fc from 'fast-check';
import { formatScaled } from './decimal';
import { roundDocumentColumn } from './document-rounding';

/** A vendor amount with up to 7 places, as text, with its exact value in units of 10^-7. */
const amount = fc
  .record({
    units: fc.bigInt({ min: -(10n ** 12n), max: 10n ** 12n }),
    places: fc.integer({ min: 0, max: 7 }),
  })
  .map(({ units, places }) => ({
    text: formatScaled(Number(units), places),
    e7: units * 10n ** BigInt(7 - places),
  }));
const positive = amount.filter((a) => a.e7 > 0n);

const E5 = 10n ** 5n; // from 10^-7 to pence
const roundHalfAway = (e7: bigint) => {
  const magnitude = e7 < 0n ? -e7 : e7;
  const pence = (magnitude * 2n + E5) / (2n * E5);
  return Number(e7 < 0n ? -pence : pence);
};
const sum = (values: readonly number[]) => values.reduce((a, b) => a + b, 0);

describe('document rounding shares', () => {
  it('add up to the column’s exact total rounded once, half away from zero', () => {
    fc.assert(
      fc.property(fc.array(amount, { maxLength: 20 }), (amounts) => {
        const shares =
          roundDocumentColumn(
            amounts.map((a) => a.text),
            2,
          ) ?? [];
        expect(sum(shares)).toBe(roundHalfAway(amounts.reduce((total, a) => total + a.e7, 0n)));
      }),
    );
  });

  it('move each line by less than a penny from its exact amount', () => {
    fc.assert(
      fc.property(fc.array(amount, { maxLength: 20 }), (amounts) => {
        const shares =
          roundDocumentColumn(
            amounts.map((a) => a.text),
            2,
          ) ?? [];
        shares.forEach((share, i) => {
          const distance = BigInt(share) * E5 - (amounts[i]?.e7 ?? 0n);
          expect(distance > -E5 && distance < E5).toBe(true);
        });
      }),
    );
  });

  it('are idempotent: shares already in pence round to themselves', () => {
    fc.assert(
      fc.property(fc.array(amount, { maxLength: 20 }), (amounts) => {
        const shares =
          roundDocumentColumn(
            amounts.map((a) => a.text),
            2,
          ) ?? [];
        expect(
          roundDocumentColumn(
            shares.map((share) => formatScaled(share, 2)),
            2,
          ),
        ).toEqual(shares);
      }),
    );
  });

  it('round a refund as the mirror image of its sale', () => {
    fc.assert(
      fc.property(fc.array(positive, { minLength: 1, maxLength: 20 }), (amounts) => {
        const sale =
          roundDocumentColumn(
            amounts.map((a) => a.text),
            2,
          ) ?? [];
        const refund =
          roundDocumentColumn(
            amounts.map((a) => `-${a.text}`),
            2,
          ) ?? [];
        expect(refund).toEqual(sale.map((share) => 0 - share)); // 0 - share: never -0
      }),
    );
  });

  it('do not depend on how many trailing zeros the vendor wrote', () => {
    fc.assert(
      fc.property(fc.array(amount, { maxLength: 20 }), (amounts) => {
        const texts = amounts.map((a) => a.text);
        const padded = texts.map((text) => (text.includes('.') ? `${text}00` : `${text}.000`));
        expect(roundDocumentColumn(padded, 2)).toEqual(roundDocumentColumn(texts, 2));
      }),
    );
  });
});
