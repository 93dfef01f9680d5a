import { z } from 'zod';
import { requireTogether } from './env-types';

const schema = z
  .object({ A_URL: z.string().optional(), A_KEY: z.string().optional(), B: z.string().optional() })
  .superRefine(requireTogether({ a: ['A_URL', 'A_KEY'], b: ['B'] }));

describe('requireTogether', () => {
  it('accepts a group set entirely or not at all', () => {
    expect(schema.safeParse({}).success).toBe(true);
    expect(schema.safeParse({ A_URL: 'u', A_KEY: 'k' }).success).toBe(true);
    expect(schema.safeParse({ B: 'b' }).success).toBe(true);
  });

  it('names every key missing from a group that is partly set', () => {
    const result = schema.safeParse({ A_KEY: 'k' });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['A_URL', 'required with A_KEY'],
    ]);
  });
});
