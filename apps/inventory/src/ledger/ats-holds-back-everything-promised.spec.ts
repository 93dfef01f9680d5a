import { availableToSell } from './stock-figures';

describe('available-to-sell', () => {
  const figures = { onHand: 20, allocated: 5, quarantined: 3, pending: 2 };

  it('is on hand less allocated, quarantined, pending and the safety buffer', () => {
    expect(availableToSell(figures, 0)).toBe(10);
    expect(availableToSell(figures, 4)).toBe(6);
  });

  it('is never below zero', () => {
    expect(availableToSell(figures, 50)).toBe(0);
    expect(availableToSell({ onHand: 1, allocated: 3, quarantined: 0, pending: 0 }, 0)).toBe(0);
  });

  it('ignores a negative safety buffer rather than adding stock', () => {
    expect(availableToSell(figures, -5)).toBe(10);
  });
});
