/**
 * RFC 4180 CSV, the payload inside Peoplevox's SOAP calls. Fields holding a comma, a quote or
 * a line break are quoted, with quotes doubled; records end with CRLF (a bare LF is read too).
 * Malformed quoting and ragged rows are errors, never guessed at.
 */
export class CsvError extends Error {}

export type CsvRecord = Readonly<Record<string, string>>;

export function toCsv(columns: readonly string[], records: readonly CsvRecord[]): string {
  const encode = (value: string) =>
    /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
  return [columns, ...records.map((record) => columns.map((column) => record[column] ?? ''))]
    .map((fields) => fields.map(encode).join(','))
    .join('\r\n');
}

/** Records keyed by the header row's column names. */
export function fromCsv(text: string): CsvRecord[] {
  const [header, ...rows] = tokenize(text);
  if (!header) return [];
  return rows.map((fields, index) => {
    if (fields.length !== header.length) {
      throw new CsvError(
        `row ${index + 1} has ${fields.length} fields, the header ${header.length}`,
      );
    }
    return Object.fromEntries(header.map((column, i) => [column, fields[i] as string]));
  });
}

// A field is either quoted (anything, quotes doubled) or bare (no quote, comma or line break),
// and is followed by a comma, a line break or the end of the text.
const FIELD = /"((?:[^"]|"")*)"|([^",\r\n]*)/y;

function tokenize(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let at = 0;
  while (at < text.length) {
    FIELD.lastIndex = at;
    const match = FIELD.exec(text) as RegExpExecArray;
    row.push(match[1] !== undefined ? match[1].replaceAll('""', '"') : (match[2] as string));
    at = FIELD.lastIndex;
    const next = text[at];
    if (next === ',') {
      at += 1;
      if (at === text.length) row.push('');
    } else if (next === '\r' || next === '\n' || next === undefined) {
      at += next === '\r' && text[at + 1] === '\n' ? 2 : next === undefined ? 0 : 1;
      if (!(row.length === 1 && row[0] === '')) rows.push(row);
      row = [];
    } else {
      throw new CsvError(`unexpected ${JSON.stringify(next)} at character ${at}`);
    }
  }
  if (row.length > 0) rows.push(row);
  return rows;
}
