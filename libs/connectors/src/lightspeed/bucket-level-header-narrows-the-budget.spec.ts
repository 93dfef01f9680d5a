import { lightspeedBucket, observeBucketLevel } from './lightspeed-budget';

const response = (level: string) => ({
  status: 200,
  headers: new Headers({ 'X-LS-API-Bucket-Level': level }),
  text: '{}',
});

describe('the Lightspeed client-side bucket', () => {
  it('is sized by registers: 90 + 10 and 1/s + 0.5/s for each beyond the first, less 2 headroom', () => {
    expect([lightspeedBucket(1).capacity, lightspeedBucket(1).refillPerSecond]).toEqual([88, 1]);
    expect([lightspeedBucket(3).capacity, lightspeedBucket(3).refillPerSecond]).toEqual([108, 2]);
  });

  it('believes X-LS-API-Bucket-Level when the account has less room than we thought', () => {
    const bucket = lightspeedBucket(1, () => 0);
    observeBucketLevel(bucket, response('84.5/90'));
    expect(bucket.available()).toBe(3.5);
    observeBucketLevel(bucket, response('garbage'));
    expect(bucket.available()).toBe(3.5);
  });
});
