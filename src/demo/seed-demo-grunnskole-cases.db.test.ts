/**
 * The demo municipality in the database: its absence evaluated by the grunnskole profile (the
 * template's first evaluation), its staircase cases with deadlines on its own calendar, and its
 * demo sign-ins — while the county's skoleeier still sees only the county's schools.
 */
import { and, eq, inArray } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { accounts, cases, flags, groupMemberships, groups, owners, schools, students } from '../db/schema.js';
import { caseCalendar } from '../data/cases/case-calendar.js';
import { isOverdue, stepDeadline, type CaseStatus, type CaseStep } from '../domain/cases/case-workflow.js';
import type { caseList } from '../shared/case-api.js';
import type { z } from 'zod';
import type { MyStudents } from '../shared/api.js';
import type { OwnerFigures } from '../shared/workspace-api.js';
import { useTestApp } from '../test/api-test-app.js';
import { TEST_TODAY } from '../test/test-clock.js';
import { seedDemoGrunnskoleCases } from './seed-demo-grunnskole-cases.js';

type CaseList = z.infer<typeof caseList>;

const api = useTestApp();
let municipality = '';
let county = '';
const schoolOf: Record<'barneskole' | 'ungdomsskole' | 'vgs', string> = { barneskole: '', ungdomsskole: '', vgs: '' };
let made = 0;

beforeAll(async () => {
  const { db } = api.database;
  const rows = await db.select({ id: owners.id, kind: owners.kind }).from(owners);
  municipality = rows.find((o) => o.kind === 'kommune')!.id;
  county = rows.find((o) => o.kind === 'fylkeskommune')!.id;
  for (const school of await db.select({ id: schools.id, kind: schools.kind, name: schools.name }).from(schools)) {
    if (school.name === 'Varde barneskule') schoolOf.barneskole = school.id;
    if (school.name === 'Varde ungdomsskule') schoolOf.ungdomsskole = school.id;
    if (school.name === 'Varde videregående skole') schoolOf.vgs = school.id;
  }
  made = await seedDemoGrunnskoleCases(db, TEST_TODAY);
});

describe('the demo municipality’s absence', () => {
  it('is evaluated by the grunnskole profile: the routine’s checks and patterns, no absence limit', async () => {
    const { db } = api.database;
    const raised = await db
      .select({ schoolId: flags.schoolId, ruleCode: flags.ruleCode, profile: flags.ruleProfileKey, studentId: flags.studentId })
      .from(flags)
      .where(eq(flags.ownerId, municipality));
    expect(new Set(raised.map((f) => f.profile))).toEqual(new Set(['fravaersrutine-grunnskole']));
    for (const schoolId of [schoolOf.barneskole, schoolOf.ungdomsskole]) {
      const own = raised.filter((f) => f.schoolId === schoolId);
      const pupils = (await db.select({ id: students.id }).from(students).where(eq(students.schoolId, schoolId))).length;
      expect(own.length, schoolId).toBeGreaterThan(5);
      // Some students, not most: a prompt, not a label on every child.
      expect(new Set(own.map((f) => f.studentId)).size).toBeLessThan(pupils * 0.2);
      expect(own.some((f) => f.ruleCode === 'ukesjekk' || f.ruleCode === 'manedssjekk'), schoolId).toBe(true);
    }
    const rules = new Set(raised.map((f) => f.ruleCode));
    for (const rule of ['ukesjekk', 'manedssjekk', 'fravaersmonster']) expect(rules, rule).toContain(rule);
    for (const rule of ['fravaersgrense', 'forskningsanker', 'karakter', 'inntak_forsteonske', 'inntak_fravaer']) expect(rules, rule).not.toContain(rule);

    // The county's vgs, on the IKO profile, does have the absence limit's flags.
    const vgs = await db.select({ ruleCode: flags.ruleCode, profile: flags.ruleProfileKey }).from(flags).where(eq(flags.schoolId, schoolOf.vgs));
    expect(vgs.some((f) => f.ruleCode === 'fravaersgrense')).toBe(true);
    expect(new Set(vgs.map((f) => f.profile))).toEqual(new Set(['iko-vgs']));
  });
});

describe('the demo municipality’s staircase cases', () => {
  it('stand one on each step of the staircase, at the two schools', async () => {
    expect(made).toBe(5);
    const rows = await api.database.db.select().from(cases).where(eq(cases.ownerId, municipality));
    expect(rows.every((c) => c.kind === 'fravaer' && c.status === 'aapen')).toBe(true);
    expect(rows.map((c) => c.step).sort()).toEqual(['evaluering', 'kartlegging', 'kontakt', 'tiltak', 'veien_videre']);
    expect(rows.find((c) => c.step === 'tiltak')!.schoolId).toBe(schoolOf.barneskole);
    expect(rows.filter((c) => c.step !== 'tiltak').every((c) => c.schoolId === schoolOf.ungdomsskole)).toBe(true);
    expect(new Set(rows.map((c) => c.studentId)).size).toBe(5);
  });

  it('count their deadlines on the municipality’s calendar, not the county’s', async () => {
    const { db } = api.database;
    const rows = await db.select().from(cases).where(eq(cases.ownerId, municipality));
    const countyCalendar = await caseCalendar(db, county, schoolOf.vgs, TEST_TODAY);
    let differs = 0;
    for (const c of rows) {
      const own = await caseCalendar(db, municipality, c.schoolId, TEST_TODAY);
      const step = c.step as CaseStep;
      expect(c.stepDueOn, step).toBe(stepDeadline(own, 'fravaer', step, c.stepStartedOn));
      if (stepDeadline(countyCalendar, 'fravaer', step, c.stepStartedOn) !== c.stepDueOn) differs++;
    }
    // Five school days from Friday 20 November: the county counts its Friday 27th, the municipality plans then.
    const mapping = rows.find((c) => c.step === 'kartlegging')!;
    expect([mapping.stepStartedOn, mapping.stepDueOn]).toEqual(['2026-11-20', '2026-11-30']);
    expect(differs).toBeGreaterThanOrEqual(2);
    const overdue = rows.filter((c) => isOverdue(c.stepDueOn, TEST_TODAY, c.status as CaseStatus));
    expect(overdue.map((c) => c.step)).toEqual(['evaluering']);
  });

  it('give gs-kontaktlaerer the case of a student in 9A, and gs-rektor the ungdomsskole’s', async () => {
    const teacher = await api.signIn('gs-kontaktlaerer');
    const mine = await teacher.call<CaseList>('GET', '/api/cases');
    expect(mine.status).toBe(200);
    expect(mine.body.cases.map((c) => [c.step, c.student.groupName])).toEqual([['kontakt', '9A']]);
    const classes = await teacher.call<MyStudents>('GET', '/api/me/students');
    const own = classes.body.groups.filter((g) => g.relation === 'kontaktlaerer');
    expect(own.map((g) => [g.name, g.schoolKind])).toEqual([['9A', 'ungdomsskole']]);
    const [nineA] = await api.database.db
      .select({ id: groups.id })
      .from(groups)
      .where(and(eq(groups.schoolId, schoolOf.ungdomsskole), eq(groups.name, '9A')));
    const members = await api.database.db.select({ id: groupMemberships.studentId }).from(groupMemberships).where(eq(groupMemberships.groupId, nineA!.id));
    expect(own[0]!.students.map((s) => s.id).sort()).toEqual(members.map((m) => m.id).sort());

    const rektor = await api.signIn('gs-rektor');
    const school = await rektor.call<CaseList>('GET', `/api/cases?scope=school&schoolId=${schoolOf.ungdomsskole}`);
    expect(school.status).toBe(200);
    expect(school.body.cases.map((c) => c.step).sort()).toEqual(['evaluering', 'kartlegging', 'kontakt', 'veien_videre']);
    expect(school.body.cases.filter((c) => c.overdue).map((c) => c.step)).toEqual(['evaluering']);
    // The barneskole is another school: its leadership's, not this rektor's.
    expect((await rektor.call('GET', `/api/cases?scope=school&schoolId=${schoolOf.barneskole}`)).status).toBe(403);
  });

  it('leave the county’s people where they were: its skoleeier sees the county’s schools only', async () => {
    const skoleeier = await api.signIn('skoleeier');
    const figures = await skoleeier.call<OwnerFigures>('GET', '/api/owner/figures');
    expect(figures.status).toBe(200);
    expect(figures.body.schools.map((s) => s.name)).toEqual(['Varde videregående skole']);
    const rektor = await api.signIn('rektor');
    const [pupil] = await api.database.db.select({ id: students.id }).from(students).where(inArray(students.schoolId, [schoolOf.ungdomsskole]));
    expect((await rektor.call('GET', `/api/students/${pupil!.id}`)).status).toBe(404);
    const [account] = await api.database.db.select({ ownerId: accounts.ownerId }).from(accounts).where(eq(accounts.username, 'gs-rektor'));
    expect(account!.ownerId).toBe(municipality);
  });
});
