import { describe, expect, it } from 'vitest';
import { ProblemList } from './import-problems.js';
import { matchColumns, rowObject, type ColumnSpec } from './match-columns.js';

const specs: ColumnSpec<'number' | 'born' | 'className'>[] = [
  { key: 'number', name: 'elevnummer', aliases: ['elevnr'], required: true },
  { key: 'born', name: 'fødselsdato', required: true },
  { key: 'className', name: 'klasse', required: false },
];

describe('matching a header to the columns of a format', () => {
  it('ignores case, spacing, hyphens and underscores, knows the aliases, and lists unknown columns', () => {
    const problems = new ProblemList();
    const match = matchColumns({ row: 1, cells: ['Elev_Nr ', 'Fødsels-dato', 'Kommentar'] }, specs, problems);
    expect(problems.items).toEqual([]);
    expect(match.indexOf).toEqual(new Map([['number', 0], ['born', 1]]));
    expect(match.nameOf.get('number')).toBe('Elev_Nr');
    expect(match.ignored).toEqual(['Kommentar']);
    expect(rowObject([' 1001 ', '2010-01-01', 'x'], match)).toEqual({ number: '1001', born: '2010-01-01', className: '' });
  });

  it('reports a missing required column and a column given twice, in row 1', () => {
    const problems = new ProblemList();
    const match = matchColumns({ row: 1, cells: ['klasse', 'elevnummer', 'elevnr'] }, specs, problems);
    expect(problems.items).toEqual([
      expect.objectContaining({ code: 'duplicate_column', row: 1, column: 'elevnr' }),
      expect.objectContaining({ code: 'missing_column', row: 1, column: 'fødselsdato' }),
    ]);
    expect(match.missing).toEqual(new Set(['born']));
  });
});
