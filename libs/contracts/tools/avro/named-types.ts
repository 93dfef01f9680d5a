import { type AvroType, type NamedType, isNamed } from './avro-type';
import { SchemaError } from './schema-error';

/** A parsed type and where it came from, for error messages. */
export interface LocatedType {
  readonly type: AvroType;
  readonly where: string;
}

/**
 * Every record and enum defined anywhere in `types`, by full name, in the order a depth-first
 * walk meets them. A name defined twice is an error: Avro names must be unique, and generated
 * TypeScript relies on that too.
 */
export function collectDefinitions(types: Iterable<LocatedType>): Map<string, NamedType> {
  const definitions = new Map<string, NamedType>();
  for (const { type, where } of types) {
    for (const named of definitionsIn(type)) {
      if (definitions.has(named.fullName)) {
        throw new SchemaError(where, `${named.fullName} is defined more than once`);
      }
      definitions.set(named.fullName, named);
    }
  }
  for (const { type, where } of types) {
    for (const fullName of referencesIn(type)) {
      if (!definitions.has(fullName)) throw new SchemaError(where, `${fullName} is not defined`);
    }
  }
  return definitions;
}

function* definitionsIn(type: AvroType): Generator<NamedType> {
  if (isNamed(type)) yield type;
  for (const child of childrenOf(type)) yield* definitionsIn(child);
}

function* referencesIn(type: AvroType): Generator<string> {
  if (type.kind === 'reference') yield type.fullName;
  for (const child of childrenOf(type)) yield* referencesIn(child);
}

/** The types directly inside a type: a record's field types, an array's items, and so on. */
export function childrenOf(type: AvroType): readonly AvroType[] {
  switch (type.kind) {
    case 'record':
      return type.fields.map((field) => field.type);
    case 'array':
      return [type.items];
    case 'map':
      return [type.values];
    case 'union':
      return type.branches;
    default:
      return [];
  }
}
