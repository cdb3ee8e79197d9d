import { describe, expect, it } from 'vitest';
import { ProblemList } from './import-problems.js';
import { decodeCsv, detectDelimiter, tokenizeCsv } from './read-csv.js';

function rows(text: string, problems = new ProblemList()) {
  return [...tokenizeCsv(text, detectDelimiter(text), problems)].flat();
}

describe('reading CSV', () => {
  it('takes the separator the header uses most: semicolon, comma or tab', () => {
    expect(detectDelimiter('a;b;c\n1,2;3')).toBe(';');
    expect(detectDelimiter('a,b,c\n1;2,3')).toBe(',');
    expect(detectDelimiter('a\tb\tc')).toBe('\t');
    expect(detectDelimiter('"a;b",c,d')).toBe(',');
    expect(detectDelimiter('elevnummer')).toBe(';');
  });

  it('reads quoted cells with separators, doubled quotes and line breaks inside', () => {
    const read = rows('a,b,c\r\n"x, y","he said ""hei""","two\nlines"\r\n1,,3');
    expect(read).toEqual([
      { row: 1, cells: ['a', 'b', 'c'] },
      { row: 2, cells: ['x, y', 'he said "hei"', 'two\nlines'] },
      { row: 3, cells: ['1', '', '3'] },
    ]);
  });

  it('numbers rows as a spreadsheet does: empty lines count, a line break inside quotes does not', () => {
    const read = rows('a;b\n\n1;"x\ny"\n2;z\n');
    expect(read.map((r) => r.row)).toEqual([1, 2, 3, 4]);
    expect(read[1]!.cells).toEqual(['']);
  });

  it('keeps an empty last cell after a trailing separator', () => {
    expect(rows('a;b;c\n1;2;')).toEqual([
      { row: 1, cells: ['a', 'b', 'c'] },
      { row: 2, cells: ['1', '2', ''] },
    ]);
  });

  it('stops at a quote that is never closed, naming the row where it opened', () => {
    const problems = new ProblemList();
    const read = rows('a;b\n1;2\n3;"open\n4;5\n', problems);
    expect(read.map((r) => r.row)).toEqual([1, 2]);
    expect(problems.items).toEqual([expect.objectContaining({ code: 'unclosed_quote', row: 3 })]);
  });

  it('drops the byte-order mark and refuses text that is not UTF-8', () => {
    const problems = new ProblemList();
    expect(decodeCsv(Buffer.from('\uFEFFfornavn;etternavn\nÅse;Ødegård', 'utf8'), problems)).toBe('fornavn;etternavn\nÅse;Ødegård');
    expect(decodeCsv(Buffer.from('fornavn\n\xC5se', 'latin1'), problems)).toBeUndefined();
    expect(problems.items).toEqual([expect.objectContaining({ code: 'not_utf8', row: null })]);
  });
});
