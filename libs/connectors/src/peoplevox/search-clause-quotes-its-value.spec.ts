import { pvxEquals, pvxIn } from './search-clause';

describe('a Peoplevox search clause', () => {
  it('names the column and quotes the value', () => {
    expect(pvxEquals('ItemCode', 'TEE-NVY-M')).toBe('ItemCode.Equals("TEE-NVY-M")');
  });

  it('escapes quotes and backslashes, so a value cannot end the clause early', () => {
    expect(pvxEquals('ItemCode', 'A"),X.Equals("B\\')).toBe(
      'ItemCode.Equals("A\\"),X.Equals(\\"B\\\\")',
    );
  });

  it('lists several values in one In condition, each quoted', () => {
    expect(pvxIn('ItemCode', ['A', 'B"'])).toBe('ItemCode.In("A","B\\"")');
  });
});
