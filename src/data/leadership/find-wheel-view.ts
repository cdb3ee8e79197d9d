/**
 * The school's annual wheel as leadership reads it: every activity with its date, who is
 * responsible in each class (the responsibility map), and how far it has come, per class or for
 * the school, measured from the data (src/domain/leadership/wheel-entry-progress.ts).
 */
import { sql } from 'drizzle-orm';
import { queryRows, type Db } from '../../db/database.js';
import { responsiblePeople } from '../../domain/leadership/assign-wheel-tasks.js';
import { roundWindows } from '../../domain/leadership/measure-wheel-progress.js';
import { wheelEntryProgress, type WheelScopeFacts } from '../../domain/leadership/wheel-entry-progress.js';
import type { RuleCode } from '../../domain/identification/flag.js';
import type { GradeKind } from '../../domain/vocabulary.js';
import { groupBy } from '../../lib/group-by.js';
import { loadRoleHolders } from './load-role-holders.js';
import { readSchoolFollowThrough } from './read-school-follow-through.js';

export async function findWheelView(db: Db, ownerId: string, schoolId: string, today: string) {
  const school = await readSchoolFollowThrough(db, ownerId, schoolId, today);
  if (!school) return undefined;
  const yearId = school.schoolYearId;
  const classIds = school.classes.map((c) => c.id);
  const [holding, expected, grades, meetings, records] = await Promise.all([
    loadRoleHolders(db, ownerId, schoolId, yearId, classIds),
    // Every subject a student of the school is taught this year: the grades each assessment asks for.
    queryRows<{ student_id: string; subject: string }>(
      db,
      sql`select distinct m.student_id, g.subject_code as subject from group_memberships m join groups g on g.owner_id = m.owner_id and g.id = m.group_id
          where g.owner_id = ${ownerId} and g.school_id = ${schoolId} and g.school_year_id = ${yearId} and g.kind = 'undervisningsgruppe' and g.subject_code is not null`,
    ),
    queryRows<{ student_id: string; subject: string; kind: GradeKind; given_on: string }>(
      db,
      sql`select g.student_id, g.subject_code as subject, g.kind, to_char(g.given_on, 'YYYY-MM-DD') as given_on from grades g join students s on s.owner_id = g.owner_id and s.id = g.student_id
          where s.owner_id = ${ownerId} and s.school_id = ${schoolId} and g.given_on between ${school.calendar.startsOn} and ${school.calendar.endsOn}`,
    ),
    queryRows<{ group_id: string; held_on: string }>(
      db,
      sql`select group_id, to_char(starts_at at time zone 'Europe/Oslo', 'YYYY-MM-DD') as held_on from meetings
          where owner_id = ${ownerId} and school_id = ${schoolId} and kind = 'klasselaerermote' and group_id is not null`,
    ),
    queryRows<{ activity_key: string; group_id: string | null; done_on: string }>(
      db,
      sql`select activity_key, group_id, to_char(done_on, 'YYYY-MM-DD') as done_on from wheel_records where owner_id = ${ownerId} and school_id = ${schoolId} and school_year_id = ${yearId}`,
    ),
  ]);

  const studentsOf = groupBy(school.students, (s) => s.classId ?? '');
  const expectedOf = groupBy(expected, (e) => e.student_id);
  const gradesOf = groupBy(grades, (g) => g.student_id);
  const meetingsOf = groupBy(meetings, (m) => m.group_id);
  const scopeFacts = (classId: string | null, activityKey: string): WheelScopeFacts => {
    const students = classId === null ? school.students : (studentsOf.get(classId) ?? []);
    return {
      studentIds: students.map((s) => s.studentId),
      flags: students.flatMap((s) => s.flags.map((f) => ({ studentId: s.studentId, ruleCode: f.ruleCode as RuleCode, raisedOn: f.raisedOn }))),
      conversations: students.flatMap((s) => s.mappings.map((m) => ({ studentId: s.studentId, heldOn: m.heldOn }))),
      expectedGrades: students.flatMap((s) => (expectedOf.get(s.studentId) ?? []).map((e) => ({ studentId: s.studentId, subject: e.subject }))),
      grades: students.flatMap((s) => (gradesOf.get(s.studentId) ?? []).map((g) => ({ studentId: s.studentId, subject: g.subject, kind: g.kind, givenOn: g.given_on }))),
      meetingsHeldOn: classId === null ? [] : (meetingsOf.get(classId) ?? []).map((m) => m.held_on),
      recordedOn: records.filter((r) => r.activity_key === activityKey && r.group_id === classId).map((r) => r.done_on),
    };
  };
  const windows = roundWindows(school.wheel.wheel, school.calendar);
  const staffRef = (id: string) => ({ id, name: holding.staff.get(id)?.name ?? '' });
  const entries = school.wheel.wheel.map((entry) => {
    const progress = (classId: string | null) => {
      const p = wheelEntryProgress(entry, scopeFacts(classId, entry.key), windows, school.calendar.startsOn, today);
      return { total: p.total, done: p.done, doneInTime: p.doneInTime, share: p.share, status: p.status, missing: p.missing.length };
    };
    const targets = entry.scope === 'klasse' ? holding.classes : [null];
    return {
      key: entry.key,
      code: entry.code,
      title: entry.title,
      round: entry.round,
      scope: entry.scope,
      roles: [...entry.roles],
      progressKind: entry.progress,
      seedDueOn: entry.seedDueOn,
      requestedOn: entry.requestedOn,
      dueOn: entry.dueOn,
      moved: entry.moved,
      removed: entry.removed,
      school: entry.scope === 'skole' && !entry.removed ? progress(null) : null,
      classes: entry.scope === 'klasse' && !entry.removed ? classIds.map((classId) => ({ classId, progress: progress(classId) })) : [],
      responsible: targets.flatMap((target) =>
        entry.roles.map((role) => ({ classId: target?.classId ?? null, role, staff: responsiblePeople(school.wheel.map, role, target, holding.school).map(staffRef) })),
      ),
    };
  });
  return {
    school,
    holding,
    entries,
    named: school.wheel.map.people.map((p) => ({ role: p.role, classId: p.classId, staff: p.staffIds.map(staffRef) })),
    staff: [...holding.staff.entries()].map(([id, s]) => ({ id, name: s.name, roles: s.roles })).sort((a, b) => a.name.localeCompare(b.name, 'nb')),
  };
}
