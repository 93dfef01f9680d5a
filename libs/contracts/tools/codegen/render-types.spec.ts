import type { EventSchema } from '../avro/schema-sources';
import { renderTypeModules } from './render-types';

const event: EventSchema = {
  file: 'test/probe.v1.avsc',
  fullName: 'parity.test.Probe',
  bundled: {
    type: 'record',
    name: 'Probe',
    namespace: 'parity.test',
    doc: 'A probe.',
    fields: [
      {
        name: 'header',
        type: {
          type: 'record',
          name: 'Head',
          namespace: 'parity.common',
          fields: [{ name: 'occurredAt', type: { type: 'long', logicalType: 'timestamp-millis' } }],
        },
      },
      {
        name: 'kind',
        type: {
          type: 'enum',
          name: 'ProbeKind',
          namespace: 'parity.test',
          doc: 'A: first.',
          symbols: ['A', 'B'],
        },
      },
      { name: 'note', type: ['null', 'string'], default: null, doc: 'Optional.' },
      { name: 'tags', type: { type: 'array', items: 'string' } },
      { name: 'attributes', type: { type: 'map', values: 'long' } },
      { name: 'maybeKinds', type: { type: 'array', items: ['null', 'parity.test.ProbeKind'] } },
      { name: 'flag', type: 'boolean' },
    ],
  },
};

describe('renderTypeModules', () => {
  const files = renderTypeModules([event]);
  const probe = files.get('test.ts') ?? '';

  it('writes one module per namespace and an index of them', () => {
    expect([...files.keys()]).toEqual(['common.ts', 'test.ts', 'index.ts']);
    expect(files.get('index.ts')).toContain("export * from './common';\nexport * from './test';\n");
  });

  it('turns a record into an interface, nullable unions into `| null`, arrays and maps into their TS forms', () => {
    expect(probe).toContain(
      [
        'export interface Probe {',
        '  header: Head;',
        '  kind: ProbeKind;',
        '  /** Optional. */',
        '  note: string | null;',
        '  tags: string[];',
        '  attributes: Record<string, number>;',
        '  maybeKinds: (ProbeKind | null)[];',
        '  flag: boolean;',
        '}',
      ].join('\n'),
    );
  });

  it('turns an enum into a union of its symbols and a const object of them', () => {
    expect(probe).toContain(
      "export type ProbeKind = 'A' | 'B';\nexport const ProbeKind = {\n  A: 'A',\n  B: 'B',\n} as const;",
    );
  });

  it('imports types from the module of their namespace, as types only', () => {
    expect(probe).toContain("import type { Head } from './common';");
  });

  it('says a timestamp is epoch milliseconds', () => {
    expect(files.get('common.ts')).toContain(
      '/** Epoch milliseconds, UTC (Avro timestamp-millis). */\n  occurredAt: number;',
    );
  });

  it('exports the bundled schema, typed by the interface generated from it', () => {
    expect(probe).toContain('export const ProbeSchema: AvroRecordSchema<Probe> = {');
    expect(probe).toContain(`"namespace": "parity.test"`);
  });

  it('refuses two types that would share a TypeScript name', () => {
    const twin: EventSchema = {
      file: 'other/probe.v1.avsc',
      fullName: 'parity.other.Probe',
      bundled: { type: 'record', name: 'Probe', namespace: 'parity.other', fields: [] },
    };
    expect(() => renderTypeModules([event, twin])).toThrow('two Avro types would both be Probe');
  });
});
