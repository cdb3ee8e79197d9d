import { describe, expect, it } from 'vitest';
import type { RoleAssignment } from '../../shared/api';
import { canImport, entersGrades, gradeKindsToEnter, hasTaskRole, homePathFor, leadershipSchools, overviewSchools, safeReturnPath, signInPathReturningTo, suitsRoles } from './home-path';

const schoolA = '11111111-1111-4111-8111-111111111111';
const schoolB = '22222222-2222-4222-8222-222222222222';
const role = (r: RoleAssignment['role'], schoolId: string | null = schoolA, schoolKind: RoleAssignment['schoolKind'] = schoolId ? 'vgs' : null): RoleAssignment => ({
  role: r,
  title: null,
  schoolId,
  schoolName: schoolId === schoolA ? 'Skole A' : schoolId ? 'Skole B' : null,
  schoolKind,
});

describe('homePathFor', () => {
  it('sends teachers to Mine elever', () => {
    expect(homePathFor([role('kontaktlaerer')])).toBe('/mine-elever');
    expect(homePathFor([role('faglaerer'), role('skoleleder')])).toBe('/mine-elever');
  });

  it('sends leadership to its start page and rådgiver to the school, of their first role', () => {
    expect(homePathFor([role('skoleleder', schoolB), role('kontaktlaerer')])).toBe(`/skoler/${schoolB}/ledelse`);
    expect(homePathFor([role('radgiver'), role('skoleleder', schoolB)])).toBe(`/skoler/${schoolA}`);
  });

  it('sends an OT advisor to OT’s list', () => {
    expect(homePathFor([role('ot_radgiver', null)])).toBe('/ot');
    expect(homePathFor([role('ot_radgiver', null), role('skoleeier', null)])).toBe('/ot');
    expect(homePathFor([role('skoleeier', null), role('ot_radgiver', null)])).toBe('/start');
  });

  it('sends everyone else, and a person without roles, to the start page', () => {
    for (const r of ['helsesykepleier', 'sosiallaerer', 'miljoterapeut', 'skoleeier', 'administrator'] as const) {
      expect(homePathFor([role(r, null)])).toBe('/start');
    }
    expect(homePathFor([])).toBe('/start');
    expect(homePathFor([role('skoleleder', null)])).toBe('/start');
  });
});

describe('overviewSchools', () => {
  it('lists each school once where the person leads or counsels', () => {
    expect(overviewSchools([role('skoleleder'), role('radgiver'), role('kontaktlaerer', schoolB), role('radgiver', schoolB)])).toEqual([
      { schoolId: schoolA, schoolName: 'Skole A' },
      { schoolId: schoolB, schoolName: 'Skole B' },
    ]);
  });
});

describe('safeReturnPath', () => {
  it('keeps a path inside the app', () => {
    expect(safeReturnPath('/elever/abc?x=1#fravaer')).toBe('/elever/abc?x=1#fravaer');
  });

  it('refuses other sites, the sign-in page and nothing', () => {
    for (const value of ['https://example.com', '//example.com/x', '/\\example.com', 'elever', '', null, undefined, '/logg-inn', '/logg-inn?neste=/x']) {
      expect(safeReturnPath(value)).toBeNull();
    }
  });

  it('is written into the sign-in address, except for the start', () => {
    expect(signInPathReturningTo('/elever/abc')).toBe('/logg-inn?neste=%2Felever%2Fabc');
    expect(signInPathReturningTo('/')).toBe('/logg-inn');
  });
});

describe('suitsRoles', () => {
  it('keeps Mine elever for teachers and a school overview for its leaders only', () => {
    expect(suitsRoles('/mine-elever', [role('faglaerer')])).toBe(true);
    expect(suitsRoles('/mine-elever?x=1', [role('skoleleder')])).toBe(false);
    expect(suitsRoles(`/skoler/${schoolA}`, [role('skoleleder')])).toBe(true);
    expect(suitsRoles(`/skoler/${schoolB}`, [role('skoleleder')])).toBe(false);
    expect(suitsRoles(`/skoler/${schoolA}`, [role('kontaktlaerer')])).toBe(false);
  });

  it('keeps registration and grade entry for teachers, Ukesjekken for contact teachers', () => {
    expect(suitsRoles('/registrering?gruppe=x', [role('faglaerer')])).toBe(true);
    expect(suitsRoles('/midtveisvurdering', [role('kontaktlaerer')])).toBe(true);
    expect(suitsRoles('/registrering', [role('skoleleder')])).toBe(false);
    expect(suitsRoles('/ukesjekk/abc', [role('kontaktlaerer')])).toBe(true);
    expect(suitsRoles('/ukesjekk/abc', [role('faglaerer')])).toBe(false);
  });

  it('keeps grade entry for teachers at a school that gives grades', () => {
    expect(suitsRoles('/midtveisvurdering', [role('faglaerer', schoolA, 'ungdomsskole')])).toBe(true);
    expect(suitsRoles('/midtveisvurdering', [role('faglaerer', schoolA, 'barneskole')])).toBe(false);
    expect(suitsRoles('/midtveisvurdering', [role('kontaktlaerer', schoolA, 'barneskole'), role('faglaerer', schoolB, 'kombinert')])).toBe(true);
    expect(suitsRoles('/midtveisvurdering', [role('skoleleder', schoolA, 'vgs')])).toBe(false);
  });

  it('keeps tasks for those the rules give tasks, and Månedssjekken for its school leader', () => {
    expect(suitsRoles('/oppgaver', [role('kontaktlaerer')])).toBe(true);
    expect(suitsRoles('/oppgaver', [role('skoleleder')])).toBe(true);
    expect(suitsRoles('/oppgaver', [role('helsesykepleier', null)])).toBe(true);
    expect(suitsRoles('/oppgaver', [role('faglaerer')])).toBe(false);
    expect(suitsRoles(`/skoler/${schoolA}/manedssjekk`, [role('skoleleder')])).toBe(true);
    expect(suitsRoles(`/skoler/${schoolA}/manedssjekk`, [role('radgiver')])).toBe(false);
    expect(suitsRoles(`/skoler/${schoolB}/manedssjekk`, [role('skoleleder')])).toBe(false);
  });

  it('keeps imports for the school leader and administrators, and the rule profiles for administrators', () => {
    expect(suitsRoles(`/skoler/${schoolA}/import`, [role('skoleleder')])).toBe(true);
    expect(suitsRoles(`/skoler/${schoolB}/import`, [role('skoleleder')])).toBe(false);
    expect(suitsRoles(`/skoler/${schoolA}/import`, [role('radgiver')])).toBe(false);
    expect(suitsRoles(`/skoler/${schoolB}/import`, [role('administrator', null)])).toBe(true);
    expect(suitsRoles('/regelprofiler', [role('administrator', null)])).toBe(true);
    expect(suitsRoles('/regelprofiler', [role('skoleleder')])).toBe(false);
    expect(suitsRoles('/import', [role('administrator', null)])).toBe(true);
    expect(suitsRoles('/import', [role('skoleleder')])).toBe(false);
  });

  it('keeps the leadership page for the school’s leadership and rådgiver', () => {
    expect(suitsRoles(`/skoler/${schoolA}/ledelse`, [role('skoleleder')])).toBe(true);
    expect(suitsRoles(`/skoler/${schoolA}/ledelse`, [role('radgiver')])).toBe(true);
    expect(suitsRoles(`/skoler/${schoolB}/ledelse`, [role('skoleleder')])).toBe(false);
    expect(suitsRoles(`/skoler/${schoolA}/ledelse`, [role('kontaktlaerer')])).toBe(false);
  });

  it('keeps OT’s pages for OT, the statistics for OT and skoleeier, and the OT settings for them and administrators', () => {
    const ot = [role('ot_radgiver', null)];
    const owner = [role('skoleeier', null)];
    const admin = [role('administrator', null)];
    for (const path of ['/ot', '/ot?mine=1', '/ot/arkiv', '/ot/ungdom/abc', '/ot/avklaringar']) {
      expect([path, suitsRoles(path, ot), suitsRoles(path, owner), suitsRoles(path, admin)]).toEqual([path, true, false, false]);
    }
    expect([suitsRoles('/ot/statistikk?dato=2026-06-30', ot), suitsRoles('/ot/statistikk', owner), suitsRoles('/ot/statistikk', admin)]).toEqual([true, true, false]);
    expect([suitsRoles('/ot/innstillinger', ot), suitsRoles('/ot/innstillinger', owner), suitsRoles('/ot/innstillinger', admin)]).toEqual([true, true, true]);
    expect(suitsRoles('/ot/innstillinger', [role('skoleleder')])).toBe(false);
    expect(suitsRoles('/otto', [role('kontaktlaerer')])).toBe(true);
  });

  it('keeps the absence team’s overview for the school owner', () => {
    expect(suitsRoles('/eier/fravaer', [role('skoleeier', null)])).toBe(true);
    for (const r of ['skoleleder', 'radgiver', 'kontaktlaerer'] as const) expect(suitsRoles('/eier/fravaer', [role(r)])).toBe(false);
    expect(suitsRoles('/eier/fravaer', [role('ot_radgiver', null)])).toBe(false);
  });

  it('leaves student pages and other pages to the server', () => {
    expect(suitsRoles('/elever/abc', [role('helsesykepleier', null)])).toBe(true);
    expect(suitsRoles('/start', [])).toBe(true);
  });
});

describe('canImport', () => {
  it('lets the leadership of the school and any administrator import, as the server does', () => {
    expect(canImport([role('skoleleder')], schoolA)).toBe(true);
    expect(canImport([role('skoleleder')], schoolB)).toBe(false);
    expect(canImport([role('radgiver'), role('kontaktlaerer')], schoolA)).toBe(false);
    expect(canImport([role('administrator', null)], schoolB)).toBe(true);
  });
});

describe('hasTaskRole and leadershipSchools', () => {
  it('gives tasks to contact teachers, school leaders and the staff who can be responsible for a case', () => {
    expect(hasTaskRole([role('kontaktlaerer')])).toBe(true);
    expect(hasTaskRole([role('helsesykepleier')])).toBe(true);
    expect(hasTaskRole([role('radgiver')])).toBe(true);
    expect(hasTaskRole([role('faglaerer')])).toBe(false);
    expect(hasTaskRole([role('ot_radgiver'), role('skoleeier')])).toBe(false);
  });

  it('lists the schools a person leads, not those where they only counsel', () => {
    expect(leadershipSchools([role('radgiver'), role('skoleleder', schoolB)])).toEqual([{ schoolId: schoolB, schoolName: 'Skole B' }]);
  });
});

describe('gradeKindsToEnter', () => {
  it('gives midterm and half-year grades in videregående, half-year grades on ungdomstrinnet, none in a barneskole', () => {
    expect(gradeKindsToEnter([role('faglaerer', schoolA, 'vgs')])).toEqual(['midtveis', 'halvaar']);
    expect(gradeKindsToEnter([role('faglaerer', schoolA, 'ungdomsskole')])).toEqual(['halvaar']);
    expect(gradeKindsToEnter([role('kontaktlaerer', schoolA, 'kombinert')])).toEqual(['halvaar']);
    expect(gradeKindsToEnter([role('faglaerer', schoolA, 'barneskole')])).toEqual([]);
    expect(entersGrades([role('faglaerer', schoolA, 'barneskole')])).toBe(false);
  });

  it('takes every school the person teaches at, and only the teaching roles', () => {
    expect(gradeKindsToEnter([role('faglaerer', schoolA, 'ungdomsskole'), role('faglaerer', schoolB, 'vgs')])).toEqual(['midtveis', 'halvaar']);
    expect(gradeKindsToEnter([role('skoleleder', schoolA, 'vgs'), role('faglaerer', schoolB, 'ungdomsskole')])).toEqual(['halvaar']);
    expect(gradeKindsToEnter([role('radgiver', schoolA, 'vgs')])).toEqual([]);
  });
});
