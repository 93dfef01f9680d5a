import {
  type AvroType,
  type JsonValue,
  type NamedType,
  type RecordType,
  namespaceOf,
  simpleName,
} from './avro-type';

type JsonObject = { [key: string]: JsonValue };

/**
 * The self-contained schema of an event: every named type it uses, wherever that type's file
 * is, is written out in full where it is first used and by full name after that, as Avro
 * requires. This is what gets registered (Apicurio's Confluent API has had trouble with schema
 * references) and what TypeScript is generated from. Every definition carries its namespace
 * and every reference is a full name, so the result reads the same wherever it is nested.
 */
export function bundle(root: RecordType, definitions: ReadonlyMap<string, NamedType>): JsonObject {
  const written = new Set<string>();

  const write = (type: AvroType): JsonValue => {
    switch (type.kind) {
      case 'primitive':
        return type.logicalType ? { type: type.name, logicalType: type.logicalType } : type.name;
      case 'reference': {
        const definition = definitions.get(type.fullName);
        if (!definition) throw new Error(`${type.fullName} is not defined`);
        return written.has(type.fullName) ? type.fullName : write(definition);
      }
      case 'record':
      case 'enum':
        if (written.has(type.fullName)) return type.fullName;
        written.add(type.fullName);
        return writeNamed(type, write);
      case 'array':
        return { type: 'array', items: write(type.items) };
      case 'map':
        return { type: 'map', values: write(type.values) };
      case 'union':
        return type.branches.map(write);
    }
  };

  return write(root) as JsonObject;
}

function writeNamed(type: NamedType, write: (type: AvroType) => JsonValue): JsonObject {
  const head = {
    type: type.kind,
    name: simpleName(type.fullName),
    namespace: namespaceOf(type.fullName),
    ...(type.doc === undefined ? {} : { doc: type.doc }),
  };
  if (type.kind === 'enum') return { ...head, symbols: [...type.symbols] };
  return {
    ...head,
    fields: type.fields.map((field) => ({
      name: field.name,
      type: write(field.type),
      ...(field.doc === undefined ? {} : { doc: field.doc }),
      ...(field.default === undefined ? {} : { default: field.default }),
    })),
  };
}
