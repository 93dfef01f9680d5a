import { CsvSyntaxError, readCsvRows, writeCsv } from './csv';

describe('sandbox CSV', () => {
  it('quotes commas, quotes and line breaks, and reads them back', () => {
    const record = { Name: 'Tee, "red"', Address: 'Flat 1\r\nHigh St', Code: 'A1' };
    const text = writeCsv(['Code', 'Name', 'Address'], [record]);
    expect(text).toBe('Code,Name,Address\r\nA1,"Tee, ""red""","Flat 1\r\nHigh St"');
    expect(readCsvRows(text)).toEqual([
      ['Code', 'Name', 'Address'],
      ['A1', 'Tee, "red"', 'Flat 1\r\nHigh St'],
    ]);
  });

  it('accepts LF line ends and ignores a trailing newline, keeping empty fields', () => {
    expect(readCsvRows('a,b\n1,\n')).toEqual([
      ['a', 'b'],
      ['1', ''],
    ]);
  });

  it('refuses malformed quoting', () => {
    expect(() => readCsvRows('a\n"open')).toThrow(CsvSyntaxError);
    expect(() => readCsvRows('a\nx"y')).toThrow(CsvSyntaxError);
    expect(() => readCsvRows('a\n"x"y')).toThrow(CsvSyntaxError);
  });
});
