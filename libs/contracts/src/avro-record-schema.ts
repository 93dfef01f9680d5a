declare const decodesTo: unique symbol;

/**
 * A bundled, self-contained Avro record schema, as registered, tied at the type level to the
 * TypeScript type generated from it, so the catalog can infer a topic's value type from its
 * schema. The tie is a phantom property: it never exists at run time.
 */
export interface AvroRecordSchema<Value> {
  readonly type: 'record';
  readonly name: string;
  readonly namespace: string;
  readonly doc?: string;
  readonly fields: readonly object[];
  readonly [decodesTo]?: Value;
}
