import { TokenBucket } from './token-bucket';

describe('TokenBucket', () => {
  it('lets a full bucket through at once, then paces at the refill rate', async () => {
    const bucket = new TokenBucket(3, 100);
    const started = Date.now();
    for (let i = 0; i < 6; i++) await bucket.take();
    // Three free, three more at 100/s: about 30 ms, never instantly.
    expect(Date.now() - started).toBeGreaterThanOrEqual(25);
  });

  it('charges a request its cost', () => {
    let now = 0;
    const bucket = new TokenBucket(10, 1, () => now);
    void bucket.take(4);
    return bucket.take(0).then(() => {
      expect(bucket.available()).toBe(6);
      now += 2_000;
      expect(bucket.available()).toBe(8);
    });
  });

  it('believes the vendor when it reports less left than we think', () => {
    const bucket = new TokenBucket(90, 1, () => 0);
    bucket.observeRemaining(5);
    expect(bucket.available()).toBe(5);
    bucket.drain();
    expect(bucket.available()).toBe(0);
  });
});
