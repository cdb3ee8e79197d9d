import { describe, expect, it } from 'vitest';
import { casePathOfTask, casePaths } from './case-paths';

const id = '7f0c3a52-6d0e-4c1b-9a43-0b8f5a1e2d3c';

describe('case paths', () => {
  it('send the clarification case with OT to its own page, every other kind to the case page', () => {
    expect(casePaths.ofKind('ot_avklaring', id)).toBe(`/avklaringar/${id}`);
    expect(casePaths.ofKind('fravaer', id)).toBe(`/saker/${id}`);
    expect(casePaths.ofKind('iko', id)).toBe(`/saker/${id}`);
  });

  it('send a task to the page of its kind of case', () => {
    expect(casePathOfTask('hold_avklaringssamtale', id)).toBe(`/avklaringar/${id}`);
    expect(casePathOfTask('kall_inn_ny_avklaringssamtale', id)).toBe(`/avklaringar/${id}`);
    expect(casePathOfTask('hold_kartleggingssamtale', id)).toBe(`/saker/${id}`);
  });
});
