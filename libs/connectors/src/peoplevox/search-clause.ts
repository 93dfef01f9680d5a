/**
 * A Peoplevox SearchClause condition, built rather than concatenated: the value is quoted, with
 * `"` and `\` escaped by a backslash, so an item code holding either cannot change the clause.
 * The grammar (`Field.Equals("value")`, doc §2.2.2) is [INFERRED] from public clients.
 */
export function pvxEquals(column: string, value: string): string {
  return `${column}.Equals(${quoted(value)})`;
}

/** `Field.In("a","b")`: one condition matching any of the values, each quoted as pvxEquals does. */
export function pvxIn(column: string, values: readonly string[]): string {
  return `${column}.In(${values.map(quoted).join(',')})`;
}

function quoted(value: string): string {
  return `"${value.replace(/["\\]/g, (c) => `\\${c}`)}"`;
}
