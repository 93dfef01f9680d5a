import fc from 'fast-check';
import { formatScaled } from './decimal';
import { roundDocumentColumn } from './document-rounding';

/** A vendor amount with up to 7 places, as text, with its exact value in units of 10^-7. */
interface Amount {
  readonly text: string;
  readonly e7: bigint;
}
const amount = fc
  .record({
    units: fc.bigInt({ min: -(10n ** 12n), max: 10n ** 12n }),
    places: fc.integer({ min: 0, max: 7 }),
  })
  .map(({ units, places }): Amount => ({
    text: formatScaled(Number(units), places),
    e7: units * 10n ** BigInt(7 - places),
  }));

const E5 = 10n ** 5n; // from 10^-7 to pence
const roundHalfAway = (e7: bigint) => {
  const magnitude = e7 < 0n ? -e7 : e7;
  const pence = (magnitude * 2n + E5) / (2n * E5);
  return Number(e7 < 0n ? -pence : pence);
};
const sum = (values: readonly number[]) => values.reduce((a, b) => a + b, 0);
const inPence = (texts: readonly string[]) => roundDocumentColumn(texts, 2) ?? [];

/** Checks a property of every column of up to 20 lines and the pence it rounds to. */
function forEveryColumn(
  check: (amounts: readonly Amount[], shares: readonly number[]) => void,
  lines = fc.array(amount, { maxLength: 20 }),
): void {
  fc.assert(fc.property(lines, (amounts) => check(amounts, inPence(amounts.map((a) => a.text)))));
}

describe('document rounding shares', () => {
  it('add up to the column’s exact total rounded once, half away from zero', () => {
    forEveryColumn((amounts, shares) => {
      expect(sum(shares)).toBe(roundHalfAway(amounts.reduce((total, a) => total + a.e7, 0n)));
    });
  });

  it('move each line by less than a penny from its exact amount', () => {
    forEveryColumn((amounts, shares) => {
      shares.forEach((share, i) => {
        const distance = BigInt(share) * E5 - (amounts[i]?.e7 ?? 0n);
        expect(distance > -E5 && distance < E5).toBe(true);
      });
    });
  });

  it('are idempotent: shares already in pence round to themselves', () => {
    forEveryColumn((_, shares) => {
      expect(inPence(shares.map((share) => formatScaled(share, 2)))).toEqual(shares);
    });
  });

  it('round a refund as the mirror image of its sale', () => {
    const sales = fc.array(
      amount.filter((a) => a.e7 > 0n),
      { minLength: 1, maxLength: 20 },
    );
    forEveryColumn((amounts, shares) => {
      const refund = inPence(amounts.map((a) => `-${a.text}`));
      expect(refund).toEqual(shares.map((share) => 0 - share)); // 0 - share: never -0
    }, sales);
  });

  it('do not depend on how many trailing zeros the vendor wrote', () => {
    forEveryColumn((amounts, shares) => {
      const padded = amounts.map((a) => (a.text.includes('.') ? `${a.text}00` : `${a.text}.000`));
      expect(inPence(padded)).toEqual(shares);
    });
  });
});
