import { mergeJoin, OutOfOrderError } from './merge-join';

async function* stream(keys: readonly string[]): AsyncGenerator<{ k: string }> {
  for (const k of keys) yield { k };
}

async function joinKeys(left: readonly string[], right: readonly string[]) {
  const joined = [];
  for await (const pair of mergeJoin(
    stream(left),
    stream(right),
    (r) => r.k,
    (r) => r.k,
  )) {
    joined.push([pair.key, pair.left ? 'L' : '-', pair.right ? 'R' : '-'].join(''));
  }
  return joined;
}

describe('merge join of two sorted streams', () => {
  it('pairs equal keys and passes through the keys of one side only, in order', async () => {
    expect(await joinKeys(['a', 'c', 'd', 'f'], ['b', 'c', 'f', 'g'])).toEqual([
      'aL-',
      'b-R',
      'cLR',
      'dL-',
      'fLR',
      'g-R',
    ]);
  });

  it('handles an empty side', async () => {
    expect(await joinKeys([], ['a'])).toEqual(['a-R']);
    expect(await joinKeys(['a'], [])).toEqual(['aL-']);
    expect(await joinKeys([], [])).toEqual([]);
  });

  it('stops on a stream out of order rather than pair the wrong rows', async () => {
    await expect(joinKeys(['a', 'b'], ['c', 'b'])).rejects.toThrow(OutOfOrderError);
    await expect(joinKeys(['a', 'a'], [])).rejects.toThrow(/not in ascending key order/);
  });

  it('holds one row per side at a time, whatever the length', async () => {
    let pulled = 0;
    async function* counted(n: number) {
      for (let i = 0; i < n; i++) {
        pulled++;
        yield { k: String(i).padStart(8, '0') };
      }
    }
    const joined = mergeJoin(
      counted(1_000),
      stream([]),
      (r) => r.k,
      (r) => r.k,
    );
    await joined.next();
    await joined.next();
    expect(pulled).toBeLessThanOrEqual(3);
  });
});
