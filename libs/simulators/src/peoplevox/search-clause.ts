/**
 * The subset of Peoplevox's SearchClause grammar the sandbox understands: one condition,
 * `Field.Equals("value")` or `Field.In("a","b")`, on a template column or event field.
 * Anything else is refused, so a client relying on more finds out in tests.
 */
export type RowPredicate = (field: (name: string) => string | undefined) => boolean;

export class SearchClauseError extends Error {}

export function parseSearchClause(clause: string): RowPredicate {
  if (clause.trim() === '') return () => true;
  const match = /^\s*([\w. ]+?)\.(Equals|In)\((.*)\)\s*$/.exec(clause);
  if (!match) throw new SearchClauseError(`Invalid search clause: ${clause}`);
  const [, field, , list] = match as unknown as [string, string, string, string];
  const values = [...list.matchAll(/"((?:[^"\\]|\\.)*)"/g)].map((m) =>
    (m[1] as string).replace(/\\(.)/g, '$1'),
  );
  if (values.length === 0) throw new SearchClauseError(`Invalid search clause: ${clause}`);
  return (get) => values.includes(get(field) ?? '');
}
