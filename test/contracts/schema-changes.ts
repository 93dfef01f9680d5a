/** An Avro record schema as plain, editable JSON. */
interface RecordJson {
  fields: { name: string; type: unknown; default?: unknown }[];
}

/** A deep, editable copy of a (frozen) schema. */
function copyOf(schema: object): RecordJson {
  return JSON.parse(JSON.stringify(schema)) as RecordJson;
}

/** Compatible under BACKWARD: a new field readers fill with its default when old data lacks it. */
export function withOptionalField(schema: object): object {
  const changed = copyOf(schema);
  changed.fields.push({ name: 'evolutionProbe', type: ['null', 'string'], default: null });
  return changed;
}

/** Incompatible under BACKWARD: a reader cannot fill a new field without a default from old data. */
export function withRequiredField(schema: object): object {
  const changed = copyOf(schema);
  changed.fields.push({ name: 'evolutionProbe', type: 'string' });
  return changed;
}

/** Incompatible under BACKWARD: a string written by old producers cannot be read as a long. */
export function withFirstStringFieldAsLong(schema: object): object {
  const changed = copyOf(schema);
  const field = changed.fields.find((candidate) => candidate.type === 'string');
  if (!field) throw new Error('the schema has no top-level string field to change');
  field.type = 'long';
  return changed;
}
