import fc from 'fast-check';
import { prorate } from './prorate';

const sum = (values: readonly number[]) => values.reduce((a, b) => a + b, 0);
const weights = fc.array(fc.integer({ min: 0, max: 10_000_000 }), { minLength: 1, maxLength: 30 });
const amount = fc.integer({ min: -10_000_000_000, max: 10_000_000_000 });

/** Checks a property of every amount prorated over weights that are not all zero. */
function forEverySplit(
  check: (total: number, weights: readonly number[], parts: readonly number[]) => void,
): void {
  const split = fc.tuple(
    amount,
    weights.filter((w) => sum(w) > 0),
  );
  fc.assert(fc.property(split, ([total, w]) => check(total, w, prorate(total, w) ?? [])));
}

describe('prorating a discount over lines', () => {
  it('splits by weight and gives the remainder to the largest fractions, earlier line first', () => {
    expect(prorate(100, [1, 1, 1])).toEqual([34, 33, 33]);
    expect(prorate(-100, [1, 1, 1])).toEqual([-34, -33, -33]);
    // A £10 sale discount over lines worth £82.33, £7.99 and £2.50 (weights in pence).
    expect(prorate(1000, [8233, 799, 250])).toEqual([887, 86, 27]);
    expect(prorate(500, [0, 100])).toEqual([0, 500]);
    expect(prorate(0, [0, 0])).toEqual([0, 0]);
  });

  it('refuses what it cannot follow', () => {
    expect(prorate(100, [0, 0])).toBeUndefined();
    expect(prorate(100, [1, -1])).toBeUndefined();
    expect(prorate(100, [1.5])).toBeUndefined();
    expect(prorate(0.5, [1])).toBeUndefined();
  });

  it('gives parts that add up to the amount exactly', () => {
    forEverySplit((total, _, parts) => {
      expect(sum(parts)).toBe(total);
    });
  });

  it('is never off by a penny from a line’s exact proportional share', () => {
    forEverySplit((total, w, parts) => {
      const whole = BigInt(sum(w));
      parts.forEach((part, i) => {
        const distance = BigInt(part) * whole - BigInt(total) * BigInt(w[i] ?? 0);
        expect(distance > -whole && distance < whole).toBe(true);
      });
    });
  });

  it('gives nothing to a line that weighs nothing', () => {
    forEverySplit((_, w, parts) => {
      w.forEach((weight, i) => weight === 0 && expect(parts[i]).toBe(0));
    });
  });
});
