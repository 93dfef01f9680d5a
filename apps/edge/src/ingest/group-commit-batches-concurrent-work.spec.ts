import { GroupCommit } from './group-commit';

describe('GroupCommit', () => {
  it('writes concurrent submissions in few batches and answers each with its own result', async () => {
    const batches: number[][] = [];
    const commit = new GroupCommit<number, string>(
      async (items) => {
        batches.push([...items]);
        await new Promise((wait) => setTimeout(wait, 5));
        return items.map((n) => `done ${n}`);
      },
      500,
      1,
    );
    const results = await Promise.all(Array.from({ length: 50 }, (_, n) => commit.submit(n)));
    expect(results).toEqual(Array.from({ length: 50 }, (_, n) => `done ${n}`));
    // The first submission goes alone; the 49 that queued behind it share the next batch.
    expect(batches.map((b) => b.length)).toEqual([1, 49]);
  });

  it('fails every submission of a batch whose write failed, and carries on with the next', async () => {
    let calls = 0;
    const commit = new GroupCommit<number, number>(async (items) => {
      calls += 1;
      if (calls === 1) throw new Error('rolled back');
      return items;
    });
    await expect(commit.submit(1)).rejects.toThrow('rolled back');
    await expect(commit.submit(2)).resolves.toBe(2);
  });

  it('keeps at most `writers` batches in flight', async () => {
    let inFlight = 0;
    let most = 0;
    const commit = new GroupCommit<number, number>(
      async (items) => {
        most = Math.max(most, ++inFlight);
        await new Promise((wait) => setTimeout(wait, 2));
        inFlight -= 1;
        return items;
      },
      5,
      2,
    );
    await Promise.all(Array.from({ length: 40 }, (_, n) => commit.submit(n)));
    expect(most).toBe(2);
  });

  it('caps batch size', async () => {
    const sizes: number[] = [];
    const commit = new GroupCommit<number, number>(async (items) => {
      sizes.push(items.length);
      return items;
    }, 10);
    await Promise.all(Array.from({ length: 31 }, (_, n) => commit.submit(n)));
    expect(Math.max(...sizes)).toBeLessThanOrEqual(10);
    expect(sizes.reduce((a, b) => a + b, 0)).toBe(31);
  });
});
