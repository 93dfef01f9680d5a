/**
 * A Peoplevox SearchClause condition, built rather than concatenated: the value is quoted, with
 * `"` and `\` escaped by a backslash, so an item code holding either cannot change the clause.
 * The grammar (`Field.Equals("value")`, doc §2.2.2) is [INFERRED] from public clients.
 */
export function pvxEquals(column: string, value: string): string {
  return `${column}.Equals("${value.replace(/["\\]/g, (c) => `\\${c}`)}")`;
}
