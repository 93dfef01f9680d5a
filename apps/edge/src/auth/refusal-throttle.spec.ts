import { RefusalThrottle } from './refusal-throttle';

describe('RefusalThrottle', () => {
  it('raises the first refusal per key in each window', () => {
    let now = 0;
    const throttle = new RefusalThrottle(60_000, () => now);
    expect(throttle.shouldRaise('clarus/hooks')).toBe(true);
    expect(throttle.shouldRaise('clarus/hooks')).toBe(false);
    expect(throttle.shouldRaise('sitoo/events')).toBe(true);
    now = 60_000;
    expect(throttle.shouldRaise('clarus/hooks')).toBe(true);
  });
});
