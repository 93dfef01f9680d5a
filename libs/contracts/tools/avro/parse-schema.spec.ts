import type { JsonValue } from './avro-type';
import { parseSchema } from './parse-schema';

const record = (fields: JsonValue[], extra: Record<string, JsonValue> = {}): JsonValue => ({
  type: 'record',
  name: 'Probe',
  namespace: 'parity.test',
  fields,
  ...extra,
});

describe('parseSchema', () => {
  it('resolves bare names against the enclosing namespace and keeps full names as they are', () => {
    const parsed = parseSchema(
      record([
        { name: 'local', type: { type: 'enum', name: 'Kind', symbols: ['A'] } },
        { name: 'again', type: 'Kind' },
        { name: 'shared', type: 'parity.common.EventHeader' },
        {
          name: 'elsewhere',
          type: { type: 'enum', name: 'Other', namespace: 'parity.other', symbols: ['B'] },
        },
      ]),
      'probe',
    );
    expect(parsed).toMatchObject({
      kind: 'record',
      fullName: 'parity.test.Probe',
      fields: [
        { type: { kind: 'enum', fullName: 'parity.test.Kind' } },
        { type: { kind: 'reference', fullName: 'parity.test.Kind' } },
        { type: { kind: 'reference', fullName: 'parity.common.EventHeader' } },
        { type: { kind: 'enum', fullName: 'parity.other.Other' } },
      ],
    });
  });

  it('keeps docs, defaults (null included) and timestamp-millis', () => {
    const parsed = parseSchema(
      record([
        { name: 'at', type: { type: 'long', logicalType: 'timestamp-millis' }, doc: 'When.' },
        { name: 'maybe', type: ['null', 'string'], default: null },
      ]),
      'probe',
    );
    expect(parsed).toMatchObject({
      fields: [
        {
          name: 'at',
          doc: 'When.',
          type: { kind: 'primitive', name: 'long', logicalType: 'timestamp-millis' },
        },
        { name: 'maybe', default: null, type: { kind: 'union' } },
      ],
    });
  });

  it.each<[string, JsonValue, RegExp]>([
    [
      'a fixed type',
      record([{ name: 'f', type: { type: 'fixed', name: 'F', size: 4 } }]),
      /unsupported type "fixed"/,
    ],
    [
      'a decimal',
      record([{ name: 'd', type: { type: 'bytes', logicalType: 'decimal' } }]),
      /unsupported logical type/,
    ],
    [
      'a date',
      record([{ name: 'd', type: { type: 'int', logicalType: 'date' } }]),
      /unsupported logical type/,
    ],
    [
      'a union of two types',
      record([{ name: 'u', type: ['string', 'long'] }]),
      /only \["null", T\] unions/,
    ],
    [
      'a union with null second',
      record([{ name: 'u', type: ['string', 'null'] }]),
      /only \["null", T\] unions/,
    ],
    [
      'an attribute it does not know',
      record([], { aliases: ['Old'] }),
      /unsupported attribute\(s\) aliases/,
    ],
    [
      'a repeated field',
      record([
        { name: 'a', type: 'int' },
        { name: 'a', type: 'int' },
      ]),
      /field a is defined twice/,
    ],
    ['an invalid name', record([{ name: 'kebab-case', type: 'int' }]), /invalid field name/],
    [
      'a repeated symbol',
      record([{ name: 'e', type: { type: 'enum', name: 'E', symbols: ['A', 'A'] } }]),
      /repeated symbol/,
    ],
  ])('refuses %s', (_case, schema, problem) => {
    expect(() => parseSchema(schema, 'probe.avsc')).toThrow(problem);
  });

  it('says where the problem is', () => {
    expect(() =>
      parseSchema(record([{ name: 'u', type: ['string', 'long'] }]), 'probe.avsc'),
    ).toThrow('probe.avsc.fields[0](u).type: only ["null", T] unions are supported');
  });
});
