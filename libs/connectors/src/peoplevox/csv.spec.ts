import { CsvError, fromCsv, toCsv } from './csv';

describe('Peoplevox CSV', () => {
  it('round-trips commas, doubled quotes and line breaks inside fields', () => {
    const records = [
      { ItemCode: 'TEE-1', Name: 'Tee, "classic"', Description: 'line 1\r\nline 2' },
    ];
    const text = toCsv(['ItemCode', 'Name', 'Description'], records);
    expect(text).toBe('ItemCode,Name,Description\r\nTEE-1,"Tee, ""classic""","line 1\r\nline 2"');
    expect(fromCsv(text)).toEqual(records);
  });

  it('reads LF line ends, empty fields and a trailing line break', () => {
    expect(fromCsv('a,b,c\n1,,\n')).toEqual([{ a: '1', b: '', c: '' }]);
    expect(fromCsv('a,b\r\n1,')).toEqual([{ a: '1', b: '' }]);
  });

  it('refuses broken quoting and ragged rows', () => {
    expect(() => fromCsv('a\n"never closed')).toThrow(CsvError);
    expect(() => fromCsv('a\nx"y')).toThrow(CsvError);
    expect(() => fromCsv('a,b\n1')).toThrow(CsvError);
  });
});
