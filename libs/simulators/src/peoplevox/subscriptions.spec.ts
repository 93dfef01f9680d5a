import { substitute } from './subscriptions';

describe('callback placeholder substitution', () => {
  const data = { ItemCode: 'TEE & CO,1', 'Items.Quantity': ['1', '2'] };

  it('encodes each value on its own and comma-joins collection paths', () => {
    expect(substitute('https://h/cb?sku={ItemCode}&qty={Items.Quantity}', data, true)).toBe(
      'https://h/cb?sku=TEE%20%26%20CO%2C1&qty=1,2',
    );
  });

  it('inserts raw values without encodeParameterData, and leaves unknown placeholders alone', () => {
    expect(substitute('https://h/cb?sku={ItemCode}&x={Nope}', data, false)).toBe(
      'https://h/cb?sku=TEE & CO,1&x={Nope}',
    );
  });
});
