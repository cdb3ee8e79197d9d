/**
 * A check page and its rule look at the same absence (issue 10, part 9). Ukesjekken counts the
 * whole days this term as its rule does. Månedssjekken and its rule look at one window: the page lists exactly the
 * students the rule summons the guardians of — today, where the window reaches back into last
 * month, and for an earlier month, at its last day. And a monthly-check flag a school dismissed
 * before its evidence key named the absence stays dismissed after the migration.
 */
import fs from 'node:fs';
import path from 'node:path';
import { and, eq, sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { migrationsFolder } from '../db/migrate.js';
import { absenceRecords, flags, schools } from '../db/schema.js';
import { isoWeekday, schoolDaysBetween } from '../domain/school-calendar.js';
import { weeklyCheckRule } from '../domain/identification/rules/absence-volume-rules.js';
import { loadIdentificationFacts } from '../data/load-identification-facts.js';
import { loadRuleProfile } from '../data/load-rule-profile.js';
import { reevaluateStudents } from '../data/reevaluate-students.js';
import { monthlyCheckRule } from '../domain/identification/rules/daily-routine-rules.js';
import type { MyStudents } from '../shared/api.js';
import type { MonthlyCheckView, WeeklyCheckView } from '../shared/workspace-api.js';
import { useTestApp } from '../test/api-test-app.js';
import { TEST_TODAY } from '../test/test-clock.js';
import { profileKindOf } from '../domain/vocabulary.js';

const api = useTestApp();

describe('the check pages and their rules', () => {
  let rektor: Awaited<ReturnType<typeof api.signIn>>;
  let schoolId: string;
  let ownerId: string;
  let newlySummoned: string;

  /** The students the monthly check's rule finds on a day, with the school's settings (the rule on). */
  async function summonedBy(day: string): Promise<string[]> {
    const [school] = await api.database.db.select({ kind: schools.kind }).from(schools).where(eq(schools.id, schoolId));
    const profile = await loadRuleProfile(api.database.db, ownerId, profileKindOf(school!.kind));
    const rules = { ...profile.rules, manedssjekk: { ...profile.rules.manedssjekk, enabled: true } };
    const loaded = await loadIdentificationFacts(api.database.db, ownerId, schoolId, day);
    return loaded!.facts.filter((f) => monthlyCheckRule(rules, f).length > 0).map((f) => f.student.id).sort();
  }

  const listed = async (query = '') => {
    const { status, body } = await rektor.call<MonthlyCheckView>('GET', `/api/schools/${schoolId}/monthly-check${query}`);
    expect(status).toBe(200);
    return { period: body.period, students: body.undocumented.map((u) => u.student.id).sort() };
  };

  beforeAll(async () => {
    rektor = await api.signIn('rektor');
    schoolId = rektor.session.roles.find((r) => r.role === 'skoleleder')!.schoolId!;
    const [school] = await api.database.db.select({ ownerId: schools.ownerId }).from(schools).where(eq(schools.id, schoolId));
    ownerId = school!.ownerId;
    // A student of the contact teacher's class with one day away without a word, last month but
    // within the rule's 31 days: the page from the 1st of the month did not list them.
    const kontakt = await api.signIn('kontaktlaerer');
    const own = (await kontakt.call<MyStudents>('GET', '/api/me/students')).body.groups.find((g) => g.relation === 'kontaktlaerer')!;
    const before = new Set(await summonedBy(TEST_TODAY));
    const student = own.students.find((s) => !before.has(s.id))!;
    await api.database.db.insert(absenceRecords).values({ ownerId, schoolId, studentId: student.id, date: '2026-10-26', scope: 'dag', hours: 6, type: 'ikke_mott', noticeFromHome: false });
    expect(await summonedBy(TEST_TODAY)).toContain(student.id);
    newlySummoned = student.id;
  });

  it('lists today exactly the students its rule summons the guardians of, over the 31 days the rule looks back', async () => {
    const today = await listed();
    expect(today.period).toMatchObject({ from: '2026-10-24', to: TEST_TODAY, current: true });
    const summoned = await summonedBy(TEST_TODAY);
    expect(summoned.length).toBeGreaterThan(0);
    expect(today.students).toEqual(summoned);
    expect(today.students).toContain(newlySummoned);
  });

  it('opens an earlier month at its last day, listing exactly whom the rule found that day', async () => {
    const october = await listed('?on=2026-10-15');
    expect(october.period).toMatchObject({ from: '2026-10-01', to: '2026-10-31', current: false, next: '2026-11-01' });
    expect(october.students).toEqual(await summonedBy('2026-10-31'));
    const september = await listed(`?on=${october.period.previous}`);
    expect(september.period).toMatchObject({ from: '2026-08-31', to: '2026-09-30' });
    expect(september.students).toEqual(await summonedBy('2026-09-30'));
  });

  it('keeps a flag dismissed under the month key dismissed: the migration gives it the key of the absence it was about', async () => {
    // The owner turns the monthly check on for upper secondary, and the rules raise the student's flag.
    const admin = await api.signIn('admin');
    const iko = (await admin.call<{ profiles: Array<{ key: string; version: number; rules: Record<string, Record<string, unknown>> }> }>('GET', '/api/rule-profiles')).body.profiles.find((p) => p.key === 'iko-vgs')!;
    const rules = { ...iko.rules, manedssjekk: { ...iko.rules.manedssjekk, enabled: true } };
    expect((await admin.call('PUT', '/api/rule-profiles/iko-vgs', { baseVersion: iko.version, rules })).status).toBe(200);
    await reevaluateStudents(api.database.db, { ownerId, schoolId, today: TEST_TODAY, studentIds: [newlySummoned] });
    const [flag] = await api.database.db.select().from(flags).where(and(eq(flags.studentId, newlySummoned), eq(flags.concern, 'fravaersoppfolging'), eq(flags.state, 'ny')));
    expect(flag).toMatchObject({ ruleCode: 'manedssjekk', evidenceKeys: ['manedssjekk:2026-10-26'] });

    // As a school stored it before: the month as the key, and then dismissed.
    const oldKey = (key: string) => (key.startsWith('manedssjekk:') ? 'manedssjekk:2026-11' : key);
    const evidence = flag!.evidence as { findings: Array<{ evidenceKey: string }> };
    await api.database.db
      .update(flags)
      .set({ state: 'avvist', evidenceKey: 'fravaersoppfolging:manedssjekk:2026-11', evidenceKeys: flag!.evidenceKeys.map(oldKey), evidence: { ...evidence, findings: evidence.findings.map((f) => ({ ...f, evidenceKey: oldKey(f.evidenceKey) })) }, evidenceDigest: null })
      .where(eq(flags.id, flag!.id));

    const migration = fs.readFileSync(path.join(migrationsFolder, '0015_monthly_check_evidence_keys.sql'), 'utf8');
    await api.database.db.execute(sql.raw(migration));
    const [migrated] = await api.database.db.select({ evidenceKeys: flags.evidenceKeys }).from(flags).where(eq(flags.id, flag!.id));
    expect(migrated!.evidenceKeys).toEqual(expect.arrayContaining(['manedssjekk:2026-11', 'manedssjekk:2026-10-26']));

    // The next day, with no new absence, the dismissed summons does not come back.
    const nextDay = await reevaluateStudents(api.database.db, { ownerId, schoolId, today: '2026-11-24', studentIds: [newlySummoned] });
    expect(nextDay.newFlags.filter((f) => f.concern === 'fravaersoppfolging')).toEqual([]);
    const open = await api.database.db.select({ id: flags.id }).from(flags).where(and(eq(flags.studentId, newlySummoned), eq(flags.concern, 'fravaersoppfolging'), sql`${flags.state} in ('ny', 'bekreftet')`));
    expect(open).toEqual([]);
  });

  it('counts on Ukesjekken the whole days its rule counts, a day with every lesson missed too, and marks whom it flags', async () => {
    const kontakt = await api.signIn('kontaktlaerer');
    const own = (await kontakt.call<MyStudents>('GET', '/api/me/students')).body.groups.find((g) => g.relation === 'kontaktlaerer')!;
    const ids = own.students.map((s) => s.id);
    const [school] = await api.database.db.select({ kind: schools.kind }).from(schools).where(eq(schools.id, schoolId));
    const profile = await loadRuleProfile(api.database.db, ownerId, profileKindOf(school!.kind));
    const factsOf = async () => (await loadIdentificationFacts(api.database.db, ownerId, schoolId, TEST_TODAY, ids))!.facts;
    /** The whole days the rule counts, whatever its threshold. */
    const ruleDays = (f: Awaited<ReturnType<typeof factsOf>>[number]) => (weeklyCheckRule({ ...profile.rules, ukesjekk: { ...profile.rules.ukesjekk, enabled: true, fromDays: 1 } }, f)[0]?.facts as { days?: number } | undefined)?.days ?? 0;

    // A student away every lesson of one school day, each lesson registered on its own.
    const before = (await factsOf()).find((f) => f.timetable.length > 0)!;
    const day = schoolDaysBetween(before.calendar, before.term.startsOn, TEST_TODAY)
      .reverse()
      .find((d) => !before.absence.some((a) => a.date === d) && before.timetable.some((t) => t.weekday === isoWeekday(d)))!;
    const lessons = before.timetable.filter((t) => t.weekday === isoWeekday(day));
    await api.database.db.insert(absenceRecords).values(
      lessons.map((t) => ({ ownerId, schoolId, studentId: before.student.id, date: day, scope: 'time' as const, lessonNumber: t.lessonNumber, groupId: t.groupId, hours: 1, type: 'ikke_mott' as const, noticeFromHome: false })),
    );
    const after = await factsOf();
    expect(ruleDays(after.find((f) => f.student.id === before.student.id)!)).toBe(ruleDays(before) + 1);

    const { status, body } = await kontakt.call<WeeklyCheckView>('GET', `/api/classes/${own.id}/weekly-check`);
    expect(status).toBe(200);
    for (const f of after) expect({ id: f.student.id, days: body.students.find((s) => s.id === f.student.id)!.wholeDaysThisTerm }).toEqual({ id: f.student.id, days: ruleDays(f) });
    const enabled = { ...profile.rules, ukesjekk: { ...profile.rules.ukesjekk, enabled: true } };
    const marked = body.students.filter((s) => s.wholeDaysThisTerm >= body.fromDays).map((s) => s.id).sort();
    expect(marked).toEqual(after.filter((f) => weeklyCheckRule(enabled, f).length > 0).map((f) => f.student.id).sort());
  });
});
