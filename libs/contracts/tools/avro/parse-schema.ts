import {
  type AvroType,
  type EnumType,
  type Field,
  type JsonValue,
  type PrimitiveName,
  type RecordType,
  namespaceOf,
} from './avro-type';
import { SchemaError } from './schema-error';

const PRIMITIVES: ReadonlySet<string> = new Set<PrimitiveName>([
  'null',
  'boolean',
  'int',
  'long',
  'float',
  'double',
  'bytes',
  'string',
]);
const NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

type JsonObject = { [key: string]: JsonValue };

/**
 * Parses Avro schema JSON into an AvroType tree, resolving every name to its full name the
 * way Avro does (a bare name takes the enclosing namespace). `where` prefixes error messages.
 */
export function parseSchema(json: JsonValue, where: string, namespace = ''): AvroType {
  if (typeof json === 'string') {
    return PRIMITIVES.has(json)
      ? { kind: 'primitive', name: json as PrimitiveName }
      : { kind: 'reference', fullName: fullNameOf(json, namespace, where) };
  }
  if (Array.isArray(json)) return parseUnion(json, where, namespace);
  if (json === null || typeof json !== 'object') {
    throw new SchemaError(where, `expected a type, found ${JSON.stringify(json)}`);
  }
  switch (json['type']) {
    case 'record':
      return parseRecord(json, where, namespace);
    case 'enum':
      return parseEnum(json, where, namespace);
    case 'array':
      allowOnly(json, ['type', 'items'], where);
      return {
        kind: 'array',
        items: parseSchema(required(json, 'items', where), `${where}.items`, namespace),
      };
    case 'map':
      allowOnly(json, ['type', 'values'], where);
      return {
        kind: 'map',
        values: parseSchema(required(json, 'values', where), `${where}.values`, namespace),
      };
    default:
      return parsePrimitiveObject(json, where);
  }
}

function parseRecord(json: JsonObject, where: string, enclosing: string): RecordType {
  allowOnly(json, ['type', 'name', 'namespace', 'doc', 'fields'], where);
  const fullName = definedName(json, enclosing, where);
  const fieldsJson = required(json, 'fields', where);
  if (!Array.isArray(fieldsJson)) throw new SchemaError(where, 'fields must be an array');
  const fields = fieldsJson.map((field, i) =>
    parseField(field, `${where}.fields[${i}]`, namespaceOf(fullName)),
  );
  const duplicate = fields.find((field, i) => fields.findIndex((f) => f.name === field.name) !== i);
  if (duplicate) throw new SchemaError(where, `field ${duplicate.name} is defined twice`);
  return { kind: 'record', fullName, ...docOf(json, where), fields };
}

function parseField(json: JsonValue, where: string, namespace: string): Field {
  if (json === null || typeof json !== 'object' || Array.isArray(json)) {
    throw new SchemaError(where, 'a field must be an object');
  }
  allowOnly(json, ['name', 'type', 'doc', 'default'], where);
  const name = required(json, 'name', where);
  if (typeof name !== 'string' || !NAME.test(name)) {
    throw new SchemaError(where, `invalid field name ${JSON.stringify(name)}`);
  }
  const at = `${where}(${name})`;
  const type = parseSchema(required(json, 'type', at), `${at}.type`, namespace);
  const field: Field = { name, type, ...docOf(json, at) };
  return 'default' in json ? { ...field, default: json['default'] } : field;
}

function parseEnum(json: JsonObject, where: string, enclosing: string): EnumType {
  allowOnly(json, ['type', 'name', 'namespace', 'doc', 'symbols'], where);
  const fullName = definedName(json, enclosing, where);
  const symbols = required(json, 'symbols', where);
  if (!Array.isArray(symbols) || symbols.length === 0) {
    throw new SchemaError(where, 'symbols must be a non-empty array');
  }
  for (const [i, symbol] of symbols.entries()) {
    if (typeof symbol !== 'string' || !NAME.test(symbol) || symbols.indexOf(symbol) !== i) {
      throw new SchemaError(where, `invalid or repeated symbol ${JSON.stringify(symbol)}`);
    }
  }
  return { kind: 'enum', fullName, ...docOf(json, where), symbols: symbols as string[] };
}

/** Only "may be null" unions, written null first so that `"default": null` is valid Avro. */
function parseUnion(json: JsonValue[], where: string, namespace: string): AvroType {
  const branches = json.map((branch, i) => parseSchema(branch, `${where}[${i}]`, namespace));
  const [first, second] = branches;
  const isNull = (type: AvroType | undefined) => type?.kind === 'primitive' && type.name === 'null';
  if (branches.length !== 2 || !isNull(first) || isNull(second)) {
    throw new SchemaError(where, 'only ["null", T] unions are supported');
  }
  return { kind: 'union', branches };
}

function parsePrimitiveObject(json: JsonObject, where: string): AvroType {
  const name = json['type'];
  if (typeof name !== 'string' || !PRIMITIVES.has(name)) {
    throw new SchemaError(where, `unsupported type ${JSON.stringify(name)}`);
  }
  allowOnly(json, ['type', 'logicalType'], where);
  const logicalType = json['logicalType'];
  if (logicalType === undefined) return { kind: 'primitive', name: name as PrimitiveName };
  if (logicalType !== 'timestamp-millis' || name !== 'long') {
    throw new SchemaError(
      where,
      `unsupported logical type ${JSON.stringify(logicalType)} on ${name}; only timestamp-millis on long`,
    );
  }
  return { kind: 'primitive', name: 'long', logicalType };
}

function definedName(json: JsonObject, enclosing: string, where: string): string {
  const name = required(json, 'name', where);
  const namespace = json['namespace'] ?? enclosing;
  if (typeof name !== 'string' || typeof namespace !== 'string') {
    throw new SchemaError(where, 'name and namespace must be strings');
  }
  return fullNameOf(name, namespace, where);
}

function fullNameOf(name: string, namespace: string, where: string): string {
  const fullName = name.includes('.') || namespace === '' ? name : `${namespace}.${name}`;
  if (!fullName.split('.').every((part) => NAME.test(part))) {
    throw new SchemaError(where, `invalid name ${JSON.stringify(fullName)}`);
  }
  return fullName;
}

function docOf(json: JsonObject, where: string): { doc?: string } {
  const doc = json['doc'];
  if (doc === undefined) return {};
  if (typeof doc !== 'string') throw new SchemaError(where, 'doc must be a string');
  return { doc };
}

function required(json: JsonObject, key: string, where: string): JsonValue {
  const value = json[key];
  if (value === undefined) throw new SchemaError(where, `${key} is missing`);
  return value;
}

function allowOnly(json: JsonObject, keys: readonly string[], where: string): void {
  const unknown = Object.keys(json).filter((key) => !keys.includes(key));
  if (unknown.length > 0) {
    throw new SchemaError(where, `unsupported attribute(s) ${unknown.join(', ')}`);
  }
}
