import { avroDir } from '../paths';
import type { JsonValue } from './avro-type';
import { ruleViolations } from './schema-rules';
import { loadEventSchemas, parseBundled } from './schema-sources';

const header = { name: 'header', type: 'parity.common.EventHeader' };

function violations(fields: JsonValue[], file = 'test/probe.v1.avsc'): string[] {
  const bundled = { type: 'record', name: 'Probe', namespace: 'parity.test', fields };
  return ruleViolations(parseBundled({ file, fullName: 'parity.test.Probe', bundled }), file);
}

describe("Parity's schema conventions", () => {
  it('hold for every event schema in libs/contracts/avro', () => {
    const problems = loadEventSchemas(avroDir).flatMap((event) =>
      ruleViolations(parseBundled(event), event.file),
    );
    expect(problems).toEqual([]);
  });

  it('accept an event that follows them', () => {
    expect(
      violations([
        header,
        { name: 'currency', type: 'string' },
        { name: 'totalMinor', type: 'long' },
        { name: 'quantity', type: 'long' },
        { name: 'quantityScale', type: 'int', default: 0 },
        {
          name: 'dueAt',
          type: ['null', { type: 'long', logicalType: 'timestamp-millis' }],
          default: null,
        },
      ]),
    ).toEqual([]);
  });

  it.each<[string, JsonValue[], string]>([
    [
      'an event without the header first',
      [{ name: 'sku', type: 'string' }, header],
      'the first field must be header',
    ],
    ['floating point', [header, { name: 'rate', type: 'double' }], 'double is not allowed'],
    [
      'money that is not a long',
      [header, { name: 'currency', type: 'string' }, { name: 'priceMinor', type: 'int' }],
      'money is a long',
    ],
    [
      'money without a currency',
      [header, { name: 'priceMinor', type: 'long' }],
      'money needs a currency',
    ],
    [
      'a quantity without a scale',
      [header, { name: 'quantity', type: 'long' }],
      'needs a quantityScale',
    ],
    [
      'a quantity that is an int',
      [header, { name: 'quantity', type: 'int' }, { name: 'quantityScale', type: 'int' }],
      'quantities are longs',
    ],
    [
      'a time that is not timestamp-millis',
      [header, { name: 'createdAt', type: 'string' }],
      '*At fields, and only they',
    ],
    [
      'a timestamp not named *At',
      [header, { name: 'created', type: { type: 'long', logicalType: 'timestamp-millis' } }],
      '*At fields, and only they',
    ],
  ])('refuse %s', (_case, fields, problem) => {
    expect(violations(fields).join('\n')).toContain(problem);
  });

  it('refuse an event filed under another area than its namespace', () => {
    expect(violations([header], 'orders/probe.v1.avsc')).toEqual([
      'parity.test.Probe: lives in orders/probe.v1.avsc, but its namespace should be parity.orders',
    ]);
  });

  it('let a nested record use the quantityScale and currency of the record around it', () => {
    const line = {
      type: 'record',
      name: 'Line',
      fields: [
        { name: 'quantity', type: 'long' },
        { name: 'amountMinor', type: 'long' },
      ],
    };
    expect(
      violations([
        header,
        { name: 'currency', type: 'string' },
        { name: 'quantityScale', type: 'int' },
        { name: 'lines', type: { type: 'array', items: line } },
      ]),
    ).toEqual([]);
  });
});
