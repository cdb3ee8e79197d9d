import { describe, expect, it } from 'vitest';
import { MAX_CELL_CHARS } from '../shared/import-limits.js';
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

  it('leaves a cell longer than the limit empty and gives its length, quoted or not, without building it', () => {
    const long = 'x'.repeat(MAX_CELL_CHARS + 1);
    const quoted = `"${'y'.repeat(MAX_CELL_CHARS)}""z"`;
    const atLimit = 'æ'.repeat(MAX_CELL_CHARS);
    expect(rows(`a;b;c\n1;${long};3\n${quoted};${atLimit};"${'q'.repeat(MAX_CELL_CHARS - 1)}"r\n`)).toEqual([
      { row: 1, cells: ['a', 'b', 'c'] },
      { row: 2, cells: ['1', '', '3'], long: [{ index: 1, length: MAX_CELL_CHARS + 1 }] },
      { row: 3, cells: ['', atLimit, `${'q'.repeat(MAX_CELL_CHARS - 1)}r`], long: [{ index: 0, length: MAX_CELL_CHARS + 2 }] },
    ]);
  });

  it('drops the byte-order mark and refuses text that is not UTF-8', () => {
    const problems = new ProblemList();
    expect(decodeCsv(Buffer.from('\uFEFFfornavn;etternavn\nÅse;Ødegård', 'utf8'), problems)).toBe('fornavn;etternavn\nÅse;Ødegård');
    expect(decodeCsv(Buffer.from('fornavn\n\xC5se', 'latin1'), problems)).toBeUndefined();
    expect(problems.items).toEqual([expect.objectContaining({ code: 'not_utf8', row: null })]);
  });
});
