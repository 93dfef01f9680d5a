import { Type } from 'avsc';
import type { JsonValue, RecordType } from './avro-type';
import { bundle } from './bundle';
import { collectDefinitions } from './named-types';
import { parseSchema } from './parse-schema';

const shared: JsonValue = {
  type: 'record',
  name: 'Money',
  namespace: 'parity.common',
  fields: [
    { name: 'amountMinor', type: 'long' },
    { name: 'currency', type: { type: 'enum', name: 'Currency', symbols: ['GBP', 'EUR'] } },
  ],
};
const event: JsonValue = {
  type: 'record',
  name: 'Sale',
  namespace: 'parity.test',
  doc: 'A sale.',
  fields: [
    { name: 'total', type: 'parity.common.Money' },
    { name: 'tax', type: ['null', 'parity.common.Money'], default: null },
    {
      name: 'lines',
      type: {
        type: 'array',
        items: { type: 'record', name: 'Line', fields: [{ name: 'sku', type: 'string' }] },
      },
    },
    { name: 'firstLine', type: 'Line' },
  ],
};

function bundled() {
  const types = [
    { type: parseSchema(shared, 'money.avsc'), where: 'money.avsc' },
    { type: parseSchema(event, 'sale.v1.avsc'), where: 'sale.v1.avsc' },
  ];
  return bundle(types[1].type as RecordType, collectDefinitions(types));
}

describe('bundle', () => {
  it('writes a shared type out where it is first used, with its namespace, and by full name after', () => {
    const schema = bundled();
    expect(schema['fields']).toEqual([
      {
        name: 'total',
        type: {
          type: 'record',
          name: 'Money',
          namespace: 'parity.common',
          fields: [
            { name: 'amountMinor', type: 'long' },
            {
              name: 'currency',
              type: {
                type: 'enum',
                name: 'Currency',
                namespace: 'parity.common',
                symbols: ['GBP', 'EUR'],
              },
            },
          ],
        },
      },
      { name: 'tax', type: ['null', 'parity.common.Money'], default: null },
      {
        name: 'lines',
        type: {
          type: 'array',
          items: {
            type: 'record',
            name: 'Line',
            namespace: 'parity.test',
            fields: [{ name: 'sku', type: 'string' }],
          },
        },
      },
      { name: 'firstLine', type: 'parity.test.Line' },
    ]);
  });

  it('produces a schema avsc reads on its own, and whose records round-trip', () => {
    const type = Type.forSchema(bundled() as never);
    const sale = {
      total: { amountMinor: 1999, currency: 'GBP' },
      tax: null,
      lines: [{ sku: 'A' }],
      firstLine: { sku: 'A' },
    };
    expect(type.fromBuffer(type.toBuffer(sale))).toEqual(sale);
  });

  it('refuses a name no file defines', () => {
    const orphan = parseSchema(
      {
        type: 'record',
        name: 'X',
        namespace: 'parity.test',
        fields: [{ name: 'm', type: 'parity.common.Nowhere' }],
      },
      'x.v1.avsc',
    );
    expect(() => collectDefinitions([{ type: orphan, where: 'x.v1.avsc' }])).toThrow(
      'x.v1.avsc: parity.common.Nowhere is not defined',
    );
  });

  it('refuses a name two files define', () => {
    const money = parseSchema(shared, 'money.avsc');
    expect(() =>
      collectDefinitions([
        { type: money, where: 'money.avsc' },
        { type: money, where: 'money-again.avsc' },
      ]),
    ).toThrow('money-again.avsc: parity.common.Money is defined more than once');
  });
});
