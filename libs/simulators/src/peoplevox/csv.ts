/**
 * RFC 4180 CSV as Peoplevox carries it inside SOAP: comma-separated, CRLF between records,
 * fields quoted when they hold a comma, a quote or a line break, quotes doubled inside.
 * Written here rather than shared with the connector so the simulator cannot inherit its bugs.
 */
export type CsvRecord = Readonly<Record<string, string>>;

export function writeCsv(columns: readonly string[], records: readonly CsvRecord[]): string {
  const lines = [
    columns,
    ...records.map((record) => columns.map((column) => record[column] ?? '')),
  ];
  return lines.map((fields) => fields.map(quoteField).join(',')).join('\r\n');
}

function quoteField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

export class CsvSyntaxError extends Error {}

/** Rows as arrays of fields; the first is the header. Blank trailing lines are ignored. */
export function readCsvRows(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  let i = 0;
  const endField = () => {
    row.push(field);
    field = '';
  };
  const endRow = () => {
    endField();
    if (!(row.length === 1 && row[0] === '')) rows.push(row);
    row = [];
  };
  while (i < text.length) {
    const char = text[i];
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        field += '"';
        i += 2;
        continue;
      }
      if (char === '"') {
        quoted = false;
        const next = text[i + 1];
        if (next !== undefined && next !== ',' && next !== '\r' && next !== '\n') {
          throw new CsvSyntaxError(`unexpected "${next}" after a closing quote`);
        }
      } else field += char;
      i += 1;
      continue;
    }
    if (char === '"') {
      if (field !== '') throw new CsvSyntaxError('a quote inside an unquoted field');
      quoted = true;
    } else if (char === ',') endField();
    else if (char === '\r' && text[i + 1] === '\n') {
      endRow();
      i += 1;
    } else if (char === '\n' || char === '\r') endRow();
    else field += char;
    i += 1;
  }
  if (quoted) throw new CsvSyntaxError('a quoted field is never closed');
  if (field !== '' || row.length > 0) endRow();
  return rows;
}
