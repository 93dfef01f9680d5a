/**
 * The part of Avro that Parity's schemas may use, as a tree. Anything outside it (fixed,
 * decimal, unions other than "null or one type", float and double for that matter, see
 * schema-rules.ts) is refused when parsing, so every generator only handles these cases.
 */
export type AvroType =
  PrimitiveType | NamedReference | RecordType | EnumType | ArrayType | MapType | UnionType;

export type PrimitiveName =
  'null' | 'boolean' | 'int' | 'long' | 'float' | 'double' | 'bytes' | 'string';

export interface PrimitiveType {
  readonly kind: 'primitive';
  readonly name: PrimitiveName;
  /** The one logical type supported: epoch milliseconds in a `long`. */
  readonly logicalType?: 'timestamp-millis';
}

/** A use of a record or enum by its full name, defined elsewhere in the same schema or file set. */
export interface NamedReference {
  readonly kind: 'reference';
  readonly fullName: string;
}

export interface RecordType {
  readonly kind: 'record';
  readonly fullName: string;
  readonly doc?: string;
  readonly fields: readonly Field[];
}

export interface Field {
  readonly name: string;
  readonly type: AvroType;
  readonly doc?: string;
  /** Absent when the field has no default; `null` is a default like any other. */
  readonly default?: JsonValue;
}

export interface EnumType {
  readonly kind: 'enum';
  readonly fullName: string;
  readonly doc?: string;
  readonly symbols: readonly string[];
}

export interface ArrayType {
  readonly kind: 'array';
  readonly items: AvroType;
}

export interface MapType {
  readonly kind: 'map';
  readonly values: AvroType;
}

/** Only `["null", T]` (or `[T, "null"]`): a value that may be missing. */
export interface UnionType {
  readonly kind: 'union';
  readonly branches: readonly AvroType[];
}

export type NamedType = RecordType | EnumType;

export type JsonValue =
  string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

export function isNamed(type: AvroType): type is NamedType {
  return type.kind === 'record' || type.kind === 'enum';
}

/** `parity.inventory.StockMovement` → `StockMovement`. */
export function simpleName(fullName: string): string {
  return fullName.slice(fullName.lastIndexOf('.') + 1);
}

/** `parity.inventory.StockMovement` → `parity.inventory`. */
export function namespaceOf(fullName: string): string {
  const dot = fullName.lastIndexOf('.');
  return dot < 0 ? '' : fullName.slice(0, dot);
}

/** The type a `["null", T]` union carries, or undefined for any other type. */
export function nullableBranch(type: AvroType): AvroType | undefined {
  if (type.kind !== 'union') return undefined;
  return type.branches.find((branch) => !(branch.kind === 'primitive' && branch.name === 'null'));
}
