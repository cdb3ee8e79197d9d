/**
 * What differs between the kinds of school, through the API (src/domain/school-kind-features.ts):
 * the demo school, videregående, is turned into an ungdomsskole (its Vg1–Vg3 become trinn 8–10),
 * then a kombinert skole and a barneskole. The session says the kind of each school a person works
 * at; a grunnskole gives no midterm grades, a barneskole's trinn none at all; a grunnskole has no
 * absence limit, in Mine elever or on the student page; and its students' guardians are shown.
 */
import { eq, sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { groups, schools } from '../db/schema.js';
import type { SchoolKind } from '../domain/vocabulary.js';
import type { ApiError, MyStudents, RegistrationResult, SchoolOverview, Session, StudentDetail, SubjectAbsence } from '../shared/api.js';
import { useTestApp } from '../test/api-test-app.js';
import { TEST_TODAY } from '../test/test-clock.js';

const api = useTestApp();

const schoolKindOf = (session: Session, role: string) => session.roles.find((r) => r.role === role)?.schoolKind;

describe('the kinds of school, as the API shows and enforces them', () => {
  let schoolId: string;
  /** Mine elever of the subject teacher and of the contact teacher while the school is videregående. */
  let asVgs: { faglaerer: MyStudents; kontaktlaerer: MyStudents };

  const setKind = (kind: SchoolKind) => api.database.db.update(schools).set({ kind }).where(eq(schools.id, schoolId));
  const gradeIn = async (groupId: string, kind: 'midtveis' | 'halvaar') => {
    const faglaerer = await api.signIn('faglaerer');
    const group = (await faglaerer.call<MyStudents>('GET', '/api/me/students')).body.groups.find((g) => g.id === groupId)!;
    return faglaerer.call<RegistrationResult & ApiError>('POST', `/api/groups/${groupId}/grades`, { kind, givenOn: TEST_TODAY, entries: [{ studentId: group.students[0]!.id, value: '4' }] });
  };
  /** The subject teacher's first teaching group with students. */
  const teachingGroup = () => asVgs.faglaerer.groups.find((g) => g.relation === 'faglaerer' && g.students.length > 0)!;

  beforeAll(async () => {
    const rektor = await api.signIn('rektor');
    schoolId = rektor.session.roles.find((r) => r.role === 'skoleleder')!.schoolId!;
    asVgs = {
      faglaerer: (await (await api.signIn('faglaerer')).call<MyStudents>('GET', '/api/me/students')).body,
      kontaktlaerer: (await (await api.signIn('kontaktlaerer')).call<MyStudents>('GET', '/api/me/students')).body,
    };
  });

  it('gives the kind of each school in the session, and none for a role without a school', async () => {
    const teacher = await api.signIn('kontaktlaerer');
    expect(teacher.session.roles.length).toBeGreaterThan(0);
    expect(teacher.session.roles.every((r) => r.schoolKind === 'vgs')).toBe(true);
    expect(schoolKindOf((await api.signIn('skoleeier')).session, 'skoleeier')).toBeNull();
    // The session as read again says the same.
    const again = await teacher.call<Session>('GET', '/api/session');
    expect(again.body.roles.map((r) => r.schoolKind)).toEqual(teacher.session.roles.map((r) => r.schoolKind));
  });

  it('shows the absence limit in videregående: the ground the grunnskole is compared with', async () => {
    const group = teachingGroup();
    expect(group.schoolKind).toBe('vgs');
    expect(group.absenceLimitPercent).toBe(10);
    expect(group.students.some((s) => s.subjectLimit)).toBe(true);
    expect((await gradeIn(group.id, 'midtveis')).status).toBe(200);
  });

  describe('in an ungdomsskole', () => {
    beforeAll(async () => {
      await setKind('ungdomsskole');
      await api.database.db
        .update(groups)
        .set({ level: sql`case ${groups.level} when 'Vg1' then '8' when 'Vg2' then '9' when 'Vg3' then '10' else ${groups.level} end` })
        .where(eq(groups.schoolId, schoolId));
    });

    it('says so in the session', async () => {
      const teacher = await api.signIn('kontaktlaerer');
      expect(schoolKindOf(teacher.session, 'kontaktlaerer')).toBe('ungdomsskole');
      expect(schoolKindOf((await api.signIn('faglaerer')).session, 'faglaerer')).toBe('ungdomsskole');
    });

    it('refuses midterm grades at the field, and takes half-year grades', async () => {
      const group = teachingGroup();
      const midterm = await gradeIn(group.id, 'midtveis');
      expect(midterm.status).toBe(400);
      expect(midterm.body.error.code).toBe('validation_failed');
      expect(midterm.body.error.details).toEqual([{ path: 'body.kind', message: 'is not given in this group: midterm grades are given in videregående only' }]);
      expect((await gradeIn(group.id, 'halvaar')).status).toBe(200);
    });

    it('shows no absence limit in Mine elever, and the groups with their school’s kind', async () => {
      const mine = (await (await api.signIn('faglaerer')).call<MyStudents>('GET', '/api/me/students')).body;
      const teaching = mine.groups.filter((g) => g.relation === 'faglaerer');
      expect(teaching.length).toBe(asVgs.faglaerer.groups.filter((g) => g.relation === 'faglaerer').length);
      expect(mine.groups.every((g) => g.schoolKind === 'ungdomsskole')).toBe(true);
      expect(teaching.map((g) => g.absenceLimitPercent)).toEqual(teaching.map(() => null));
      expect(teaching.flatMap((g) => g.students.map((s) => s.subjectLimit ?? null)).every((limit) => limit === null)).toBe(true);
      expect(mine.groups.map((g) => g.level).filter((l) => l !== null).every((l) => ['8', '9', '10'].includes(l!))).toBe(true);
    });

    it('shows a student’s absence per subject held against no limit, and the guardians', async () => {
      const teacher = await api.signIn('kontaktlaerer');
      const own = asVgs.kontaktlaerer.groups.find((g) => g.relation === 'kontaktlaerer')!;
      const student = own.students[0]!;
      const subjects = await teacher.call<SubjectAbsence>('GET', `/api/students/${student.id}/subject-absence`);
      expect(subjects.status).toBe(200);
      expect(subjects.body.limit).toBeNull();
      expect(subjects.body.subjects.length).toBeGreaterThan(5);
      expect(subjects.body.subjects.map((s) => s.band)).toEqual(subjects.body.subjects.map(() => null));

      const detail = (await teacher.call<StudentDetail>('GET', `/api/students/${student.id}`)).body;
      expect(detail.school).toEqual({ id: schoolId, name: expect.any(String), kind: 'ungdomsskole' });
      expect(detail.access).toBe('full');
      expect(detail.guardians.length).toBeGreaterThan(0);
    });

    it('gives leadership the school’s kind with its classes’ trinn', async () => {
      const overview = (await (await api.signIn('rektor')).call<SchoolOverview>('GET', `/api/schools/${schoolId}/overview`)).body;
      expect(overview.school.kind).toBe('ungdomsskole');
      expect(new Set(overview.classes.map((c) => c.level))).toEqual(new Set(['8', '9', '10']));
    });
  });

  describe('on barnetrinnet', () => {
    it('refuses every grade in a kombinert skole’s trinn 1–7, and takes half-year grades on its trinn 8–10', async () => {
      await setKind('kombinert');
      const group = teachingGroup();
      expect((await gradeIn(group.id, 'halvaar')).status).toBe(200);
      await api.database.db.update(groups).set({ level: '5' }).where(eq(groups.id, group.id));
      for (const kind of ['midtveis', 'halvaar'] as const) {
        const refused = await gradeIn(group.id, kind);
        expect(refused.status).toBe(400);
        expect(refused.body.error.details).toEqual([{ path: 'body.kind', message: 'is not given in this group: no grades are given on barnetrinnet (trinn 1–7)' }]);
      }
    });

    it('refuses every grade in a barneskole, whatever its groups’ level says', async () => {
      await setKind('barneskole');
      const group = asVgs.faglaerer.groups.filter((g) => g.relation === 'faglaerer' && g.students.length > 0)[1] ?? teachingGroup();
      await api.database.db.update(groups).set({ level: null }).where(eq(groups.id, group.id));
      const refused = await gradeIn(group.id, 'halvaar');
      expect(refused.status).toBe(400);
      expect(refused.body.error.details?.[0]?.path).toBe('body.kind');
      expect(schoolKindOf((await api.signIn('faglaerer')).session, 'faglaerer')).toBe('barneskole');
    });
  });
});
