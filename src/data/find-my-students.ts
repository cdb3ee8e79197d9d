/**
 * "Mine elever": the groups a teacher has this school year, each with its students and their
 * absence this term. In a teaching group the teacher sees only the absence in that group's
 * lessons (need-to-know); in own class, all of it.
 */
import { and, asc, eq, getTableColumns, inArray } from 'drizzle-orm';
import type { Db } from '../db/database.js';
import { groupMemberships, groups, schools, students } from '../db/schema.js';
import { absenceTotals, type AbsenceTotals } from '../domain/absence-totals.js';
import type { GroupKind, SchoolKind } from '../domain/vocabulary.js';
import type { Actor } from './load-actor.js';
import { loadAbsence } from './load-absence.js';
import { loadSchoolCalendar, type TermRow } from './load-school-calendar.js';
import { groupBy } from '../lib/group-by.js';
import { loadFlags, type LoadedFlag } from './load-flags.js';
import { memberOn, stillAtSchoolOn } from './still-at-school.js';

export interface MyGroup {
  id: string;
  schoolId: string;
  schoolKind: SchoolKind;
  name: string;
  kind: GroupKind;
  relation: 'kontaktlaerer' | 'faglaerer';
  level: string | null;
  programme: string | null;
  subjectName: string | null;
  students: Array<{ id: string; givenName: string; familyName: string; birthDate: string | null; absence: AbsenceTotals; openFlags: LoadedFlag[] | null }>;
}

export async function findMyStudents(db: Db, actor: Actor, today: string): Promise<{ term: TermRow | null; groups: MyGroup[] }> {
  const relationOf = new Map<string, 'kontaktlaerer' | 'faglaerer'>();
  for (const id of actor.teachingGroupIds) relationOf.set(id, 'faglaerer');
  for (const id of actor.contactGroupIds) relationOf.set(id, 'kontaktlaerer');
  if (relationOf.size === 0) return { term: null, groups: [] };

  const groupRows = await db
    .select({ ...getTableColumns(groups), schoolKind: schools.kind })
    .from(groups)
    .innerJoin(schools, and(eq(schools.ownerId, groups.ownerId), eq(schools.id, groups.schoolId)))
    .where(and(eq(groups.ownerId, actor.ownerId), inArray(groups.id, [...relationOf.keys()])))
    .orderBy(asc(groups.name));
  const members = await db
    .select({
      groupId: groupMemberships.groupId,
      id: students.id,
      givenName: students.givenName,
      familyName: students.familyName,
      birthDate: students.birthDate,
    })
    .from(groupMemberships)
    .innerJoin(students, and(eq(students.ownerId, groupMemberships.ownerId), eq(students.id, groupMemberships.studentId)))
    // A student written out of school (issue 12) is no longer the teacher's: OT follows them up.
    .where(and(eq(groupMemberships.ownerId, actor.ownerId), inArray(groupMemberships.groupId, [...relationOf.keys()]), stillAtSchoolOn(today), memberOn(today)))
    .orderBy(asc(students.familyName), asc(students.givenName));

  const schoolId = groupRows[0]?.schoolId;
  const calendar = schoolId ? await loadSchoolCalendar(db, actor.ownerId, schoolId, today) : undefined;
  const term = calendar?.currentTerm ?? null;
  const absence = term
    ? await loadAbsence(db, actor.ownerId, [...new Set(members.map((m) => m.id))], {
        from: term.startsOn,
        to: today < term.endsOn ? today : term.endsOn,
      })
    : [];

  const absenceOf = groupBy(absence, (a) => a.studentId);
  // Lights only in own class: a subject teacher has no need to know why a student is flagged.
  const classStudents = members.filter((m) => relationOf.get(m.groupId) === 'kontaktlaerer').map((m) => m.id);
  const openFlagsOf = groupBy(await loadFlags(db, actor.ownerId, classStudents, ['ny', 'bekreftet']), (f) => f.studentId);
  // Contact teacher's classes first, then teaching groups.
  groupRows.sort((a, b) => Number(relationOf.get(a.id) === 'faglaerer') - Number(relationOf.get(b.id) === 'faglaerer'));
  return {
    term,
    groups: groupRows.map((g) => {
      const relation = relationOf.get(g.id)!;
      return {
        id: g.id,
        schoolId: g.schoolId,
        schoolKind: g.schoolKind,
        name: g.name,
        kind: g.kind,
        relation,
        level: g.level,
        programme: g.programme,
        subjectName: g.subjectName,
        students: members
          .filter((m) => m.groupId === g.id)
          .map(({ groupId: _, ...student }) => ({
            ...student,
            absence: absenceTotals(
              (absenceOf.get(student.id) ?? []).filter((a) => relation === 'kontaktlaerer' || a.groupId === g.id),
            ),
            openFlags: relation === 'kontaktlaerer' ? (openFlagsOf.get(student.id) ?? []) : null,
          })),
      };
    }),
  };
}
