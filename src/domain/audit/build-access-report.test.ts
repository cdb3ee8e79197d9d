import { describe, expect, it } from 'vitest';
import { buildAccessReport, osloDayOf, resolveAccessPeriod, subjectOf, type AccessActor, type AccessLogEntry } from './build-access-report.js';

const teacher: AccessActor = { staffId: 't', name: 'Kari Lunde', roles: [{ role: 'kontaktlaerer', schoolId: 's', schoolName: 'Varde vgs' }] };
const actors = new Map([[teacher.staffId, teacher]]);
let nextId = 1;
const entry = (over: Partial<AccessLogEntry>): AccessLogEntry => ({
  id: nextId++,
  at: '2026-11-23T09:00:00Z',
  actorStaffId: 't',
  action: 'read',
  entity: 'student',
  entityId: 'st',
  studentId: 'st',
  detail: null,
  address: '10.0.0.1',
  ...over,
});

describe('buildAccessReport', () => {
  it('makes one line, with a count, of the same read by the same person on the same day', () => {
    const reads = Array.from({ length: 40 }, (_, i) => entry({ entity: 'absence_totals', entityId: null, at: `2026-11-23T${String(8 + (i % 10)).padStart(2, '0')}:00:00Z` }));
    const report = buildAccessReport(reads, actors, { forStudent: false });
    expect(report.lines).toHaveLength(1);
    expect(report.lines[0]).toMatchObject({ day: '2026-11-23', count: 40, action: 'read', subject: 'student_list', actor: teacher, addresses: ['10.0.0.1'] });
  });

  it('keeps apart other days, other things, other actions and other people', () => {
    const report = buildAccessReport(
      [
        entry({}),
        entry({ at: '2026-11-24T09:00:00Z' }),
        entry({ entity: 'case', entityId: 'c1' }),
        entry({ action: 'update', entity: 'case', entityId: 'c1' }),
        entry({ actorStaffId: 'other' }),
      ],
      actors,
      { forStudent: false },
    );
    expect(report.lines).toHaveLength(5);
    // Someone not among the people loaded is still listed, as unknown.
    expect(report.lines.filter((l) => l.actor === null)).toHaveLength(1);
  });

  it('groups by the Norwegian day: 23.30 UTC in winter is the next day', () => {
    expect(osloDayOf('2026-11-23T23:30:00Z')).toBe('2026-11-24');
    const report = buildAccessReport([entry({ at: '2026-11-23T23:30:00Z' }), entry({ at: '2026-11-24T08:00:00Z' }), entry({ at: '2026-11-23T22:30:00Z' })], actors, { forStudent: false });
    expect(report.lines.map((l) => [l.day, l.count])).toEqual([['2026-11-24', 2], ['2026-11-23', 1]]);
  });

  it('shows refusals apart, with the answer given, and leaves out sign-ins', () => {
    const report = buildAccessReport(
      [entry({}), entry({ entity: '/api/students/:studentId/flags', entityId: null, detail: { refused: true, status: 403 } }), entry({ action: 'sign_in', entity: 'session', studentId: null })],
      actors,
      { forStudent: false },
    );
    expect(report.lines).toHaveLength(1);
    expect(report.refusals).toEqual([expect.objectContaining({ subject: 'flags', status: 403, count: 1 })]);
  });

  it('leaves the address out of the student’s own report', () => {
    const report = buildAccessReport([entry({}), entry({ address: '10.0.0.2' })], actors, { forStudent: true });
    expect(report.lines[0]!.addresses).toEqual([]);
    expect(buildAccessReport([entry({}), entry({ address: '10.0.0.2' })], actors, { forStudent: false }).lines[0]!.addresses).toEqual(['10.0.0.1', '10.0.0.2']);
  });

  it('lists newest first, with the first and last moment of each line', () => {
    const report = buildAccessReport([entry({ at: '2026-11-20T09:00:00Z' }), entry({ at: '2026-11-23T09:00:00Z', entity: 'grade' }), entry({ at: '2026-11-20T12:00:00Z' })], actors, { forStudent: false });
    expect(report.lines.map((l) => [l.subject, l.firstAt, l.lastAt])).toEqual([
      ['grades', '2026-11-23T09:00:00Z', '2026-11-23T09:00:00Z'],
      ['student_page', '2026-11-20T09:00:00Z', '2026-11-20T12:00:00Z'],
    ]);
  });
});

describe('subjectOf', () => {
  it('says what an entity is about, and falls back to "other"', () => {
    expect(subjectOf('student')).toBe('student_page');
    expect(subjectOf('plan_document')).toBe('document');
    expect(subjectOf('/api/cases/:caseId')).toBe('case');
    expect(subjectOf('/api/plans/:planId/versions/:version/pdf')).toBe('plan');
    expect(subjectOf('/api/students/:studentId')).toBe('student_page');
    expect(subjectOf('something_new')).toBe('other');
  });
});

describe('resolveAccessPeriod', () => {
  const today = '2026-11-23';
  const student = { defaultDays: 365, maxDays: 366 };
  it('defaults to the last year, ending today', () => {
    expect(resolveAccessPeriod({}, today, student)).toEqual({ ok: true, from: '2025-11-24', to: today });
    expect(resolveAccessPeriod({}, today, { defaultDays: 30, maxDays: 366 })).toEqual({ ok: true, from: '2026-10-25', to: today });
  });
  it('refuses from after to, a period longer than allowed, and a period ending after today', () => {
    expect(resolveAccessPeriod({ from: '2026-11-10', to: '2026-11-01' }, today, student)).toEqual({ ok: false, problem: { path: 'querystring.from', problem: 'after_to' } });
    expect(resolveAccessPeriod({ from: '2025-11-22', to: today }, today, student)).toEqual({ ok: false, problem: { path: 'querystring.from', problem: 'too_long' } });
    expect(resolveAccessPeriod({ from: '2025-11-23', to: today }, today, student)).toMatchObject({ ok: true });
    expect(resolveAccessPeriod({ to: '2026-11-24' }, today, student)).toEqual({ ok: false, problem: { path: 'querystring.to', problem: 'after_today' } });
  });
});
