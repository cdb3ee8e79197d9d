/**
 * What the leadership views read for a school and school year: each student's follow-through
 * facts (flags, cases, conversations, plans, evaluations, marks) as the domain's
 * `PitfallStudentFacts`, with their class and name, and the school's calendar. The pitfalls, the
 * implementation figures and the owner's figures are all worked out from this one reading
 * (src/domain/leadership/), so they cannot disagree.
 *
 * Set-based: one query per kind of fact for the whole school, so that a county of 30,000
 * students is read in a handful of round trips (`npm run bench`, `implementation_view_ms`).
 * Dates of timestamps are days in Norway.
 */
import { sql } from 'drizzle-orm';
import { queryRows, type Db } from '../../db/database.js';
import type { PitfallStudentFacts } from '../../domain/leadership/find-pitfalls.js';
import type { RuleCode } from '../../domain/identification/flag.js';
import type { FlagResolutionCode } from '../../domain/identification/flag-resolution.js';
import type { CaseOutcome } from '../../domain/cases/case-workflow.js';
import type { SchoolCalendar } from '../../domain/school-calendar.js';
import type { CaseKind, FlagState } from '../../domain/vocabulary.js';
import { groupBy } from '../../lib/group-by.js';
import { arrayParam } from '../../lib/sql-arrays.js';
import { evidenceDay } from './evidence-day.js';
import { loadSchoolCalendars } from '../load-school-calendar.js';

export interface FollowThroughStudent extends PitfallStudentFacts {
  givenName: string;
  familyName: string;
  /** The student's flags of a concern, for the board: confirmed and still confirmed, with the day. */
  confirmed: Array<{ id: string; concern: string; raisedOn: string; confirmedOn: string }>;
  /** Contacts with the home and conversations held, by day. */
  contactsOn: string[];
}

export interface FollowThroughFacts {
  schoolYearId: string;
  calendar: SchoolCalendar;
  classes: Array<{ id: string; name: string }>;
  students: FollowThroughStudent[];
}

const byName = new Intl.Collator('nb');

const day = (column: string) => sql.raw(`to_char(${column} at time zone 'Europe/Oslo', 'YYYY-MM-DD')`);

/**
 * Schools of an owner read at once — the owner's view reads a county in the same dozen round
 * trips as one school — by school; a school without a school year around today is left out.
 */
export async function loadSchoolsFollowThrough(db: Db, ownerId: string, schoolIds: readonly string[], today: string): Promise<Map<string, FollowThroughFacts>> {
  const years = await loadSchoolCalendars(db, ownerId, schoolIds, today);
  const result = new Map<string, FollowThroughFacts>();
  if (years.size === 0) return result;
  const schoolList = arrayParam([...years.keys()], 'uuid');
  const yearList = arrayParam([...years.values()].map((y) => y.schoolYearId), 'uuid');
  const inSchool = sql`owner_id = ${ownerId} and school_id = any(${schoolList})`;

  const [classes, members, people, flagRows, failed, marks, caseRows, mappings, signed, stepStarts, evaluations, contacts] = await Promise.all([
    queryRows<{ id: string; school_id: string; name: string }>(db, sql`select id, school_id, name from groups where ${inSchool} and school_year_id = any(${yearList}) and kind = 'basisgruppe' order by name`),
    queryRows<{ student_id: string; group_id: string; starts_on: string | null; ends_on: string | null }>(
      db,
      sql`select m.student_id, m.group_id, to_char(m.starts_on, 'YYYY-MM-DD') as starts_on, to_char(m.ends_on, 'YYYY-MM-DD') as ends_on
          from group_memberships m join groups g on g.owner_id = m.owner_id and g.id = m.group_id
          where g.owner_id = ${ownerId} and g.school_id = any(${schoolList}) and g.school_year_id = any(${yearList}) and g.kind = 'basisgruppe'
          order by m.starts_on nulls first`,
    ),
    queryRows<{ id: string; school_id: string; given_name: string; family_name: string; left_on: string | null }>(
      db,
      sql`select id, school_id, given_name, family_name, to_char(left_on, 'YYYY-MM-DD') as left_on from students where ${inSchool}`,
    ),
    // The evidence's day (evidence-day.ts): records registered late show as identification long
    // after the evidence (docs/decisions/016).
    queryRows<{
      id: string;
      student_id: string;
      rule_code: string;
      concern: string;
      raised_on: string;
      evidence_on: string | null;
      state: string;
      decided_on: string | null;
      reason: string | null;
      reason_code: string | null;
    }>(
      db,
      sql`select f.id, f.student_id, f.rule_code, f.concern, ${day('f.created_at')} as raised_on, f.state, f.reason, f.reason_code,
            ${day('coalesce(f.decided_at, f.resolved_at)')} as decided_on,
            to_char(${evidenceDay(sql`i.school_year_id = any(${yearList})`)}, 'YYYY-MM-DD') as evidence_on
          from flags f where f.owner_id = ${ownerId} and f.school_id = any(${schoolList})`,
    ),
    queryRows<{ student_id: string; failed_on: string }>(
      db,
      sql`select g.student_id, to_char(min(g.given_on), 'YYYY-MM-DD') as failed_on from grades g join students s on s.owner_id = g.owner_id and s.id = g.student_id
          where s.owner_id = ${ownerId} and s.school_id = any(${schoolList}) and g.kind = 'standpunkt' and g.value in ('1', 'IV') group by g.student_id`,
    ),
    queryRows<{ student_id: string; set_on: string; ended_on: string | null }>(
      db,
      sql`select student_id, ${day('created_at')} as set_on, ${day('ended_at')} as ended_on from closer_follow_ups where ${inSchool}`,
    ),
    queryRows<{ id: string; student_id: string; kind: string; opened_on: string; closed_on: string | null; outcome: string | null }>(
      db,
      // The day a case opened is its opening event's business day (`on`), else the moment it was stored.
      sql`select c.id, c.student_id, c.kind, coalesce(
            (select e.detail->>'on' from case_events e where e.owner_id = c.owner_id and e.case_id = c.id and e.kind = 'opened' limit 1),
            ${day('c.created_at')}) as opened_on,
          ${day('c.closed_at')} as closed_on, c.outcome from cases c where c.owner_id = ${ownerId} and c.school_id = any(${schoolList})`,
    ),
    // A mapping conversation is held in a case, or — the routine's IKO interview of a flagged
    // student, before any case — by doing the flag's kartleggingssamtale task (not by a case
    // taking the task over: closed_reason is then set).
    queryRows<{ student_id: string; held_on: string }>(
      db,
      sql`select c.student_id, to_char(v.held_on, 'YYYY-MM-DD') as held_on from conversations v join cases c on c.owner_id = v.owner_id and c.id = v.case_id
          where c.owner_id = ${ownerId} and c.school_id = any(${schoolList})
          union all
          select t.student_id, ${day('t.done_at')} as held_on from tasks t
          where t.owner_id = ${ownerId} and t.school_id = any(${schoolList}) and t.kind = 'kartleggingssamtale' and t.done_at is not null and t.closed_reason is null and t.student_id is not null`,
    ),
    queryRows<{ student_id: string; signed_on: string }>(
      db,
      sql`select c.student_id, ${day('pv.signed_at')} as signed_on from plan_versions pv
          join plans p on p.owner_id = pv.owner_id and p.id = pv.plan_id
          join cases c on c.owner_id = p.owner_id and c.id = p.case_id
          where c.owner_id = ${ownerId} and c.school_id = any(${schoolList}) and pv.signed_at is not null`,
    ),
    // A case entering its measures (the staircase's tiltak, IKO's oppfølging) starts follow-up too.
    queryRows<{ student_id: string; started_on: string }>(
      db,
      sql`select c.student_id, coalesce(e.detail->>'on', ${day('e.created_at')}) as started_on from case_events e join cases c on c.owner_id = e.owner_id and c.id = e.case_id
          where c.owner_id = ${ownerId} and c.school_id = any(${schoolList}) and e.kind = 'step' and e.step in ('tiltak', 'oppfolging')`,
    ),
    queryRows<{ student_id: string; evaluated_on: string; satisfactory: boolean }>(
      db,
      sql`select c.student_id, to_char(pe.evaluated_on, 'YYYY-MM-DD') as evaluated_on, pe.satisfactory from plan_evaluations pe
          join plans p on p.owner_id = pe.owner_id and p.id = pe.plan_id
          join cases c on c.owner_id = p.owner_id and c.id = p.case_id
          where c.owner_id = ${ownerId} and c.school_id = any(${schoolList})`,
    ),
    queryRows<{ student_id: string; on: string }>(
      db,
      sql`select h.student_id, ${day('h.contacted_at')} as on from home_contacts h join students s on s.owner_id = h.owner_id and s.id = h.student_id
          where s.owner_id = ${ownerId} and s.school_id = any(${schoolList})`,
    ),
  ]);

  const byStudent = <T extends { student_id: string }>(rows: readonly T[]) => {
    const map = new Map<string, T[]>();
    for (const row of rows) {
      const list = map.get(row.student_id);
      if (list) list.push(row);
      else map.set(row.student_id, [row]);
    }
    return (id: string) => map.get(id) ?? [];
  };
  const flagsOf = byStudent(flagRows);
  const marksOf = byStudent(marks);
  const casesOf = byStudent(caseRows);
  const mappingsOf = byStudent(mappings);
  const signedOf = byStudent(signed);
  const stepsOf = byStudent(stepStarts);
  const evaluationsOf = byStudent(evaluations);
  const contactsOf = byStudent(contacts);
  const failedOn = new Map(failed.map((f) => [f.student_id, f.failed_on]));
  const membership = new Map<string, { classId: string; startsOn: string | null; endsOn: string | null }>();
  // The latest membership wins (ordered by start): a student who changed class counts in the new one.
  for (const m of members) membership.set(m.student_id, { classId: m.group_id, startsOn: m.starts_on, endsOn: m.ends_on });

  const studentsOf = new Map<string, FollowThroughStudent[]>();
  for (const person of people) {
    const year = years.get(person.school_id);
    if (!year) continue;
    const start = year.calendar.startsOn;
    const member = membership.get(person.id);
    // Students not in a class this year (earlier years' students) are not this year's.
    if (!member) continue;
    const studentFlags = flagsOf(person.id);
    const students = studentsOf.get(person.school_id) ?? [];
    studentsOf.set(person.school_id, students);
    students.push({
      studentId: person.id,
      givenName: person.given_name,
      familyName: person.family_name,
      classId: member.classId,
      enrolledOn: member.startsOn !== null && member.startsOn > start ? member.startsOn : null,
      // Out of the class, or written out of the school (issue 12), whichever came first.
      leftOn: firstDay([member.endsOn, person.left_on].filter((d): d is string => d !== null && d <= today)),
      failedOn: failedOn.get(person.id) ?? null,
      flags: studentFlags.map((f) => ({
        id: f.id,
        ruleCode: f.rule_code as RuleCode,
        raisedOn: f.raised_on,
        evidenceOn: f.evidence_on ?? f.raised_on,
        state: f.state as FlagState,
        decidedOn: f.state === 'ny' || f.state === 'bekreftet' ? null : (f.decided_on ?? f.raised_on),
        reason: f.reason,
        reasonCode: f.reason_code as FlagResolutionCode | null,
      })),
      closerFollowUps: marksOf(person.id).map((m) => ({ setOn: m.set_on, endedOn: m.ended_on })),
      cases: casesOf(person.id).map((c) => ({ id: c.id, kind: c.kind as CaseKind, openedOn: c.opened_on, closedOn: c.closed_on, outcome: c.outcome as CaseOutcome | null })),
      mappings: mappingsOf(person.id).map((m) => ({ heldOn: m.held_on })),
      followUpStarts: [...signedOf(person.id).map((s) => ({ startedOn: s.signed_on })), ...stepsOf(person.id).map((s) => ({ startedOn: s.started_on }))],
      plansSigned: signedOf(person.id).map((s) => ({ signedOn: s.signed_on })),
      evaluations: evaluationsOf(person.id).map((e) => ({ evaluatedOn: e.evaluated_on, satisfactory: e.satisfactory })),
      confirmed: studentFlags
        .filter((f) => f.state === 'bekreftet')
        .map((f) => ({ id: f.id, concern: f.concern, raisedOn: f.raised_on, confirmedOn: f.decided_on ?? f.raised_on })),
      contactsOn: [...contactsOf(person.id).map((c) => c.on), ...mappingsOf(person.id).map((m) => m.held_on)],
    });
  }
  const classesOf = groupBy(classes, (c) => c.school_id);
  for (const [schoolId, year] of years) {
    const students = (studentsOf.get(schoolId) ?? []).sort((a, b) => byName.compare(a.familyName, b.familyName) || byName.compare(a.givenName, b.givenName));
    const schoolClasses = (classesOf.get(schoolId) ?? []).map((c) => ({ id: c.id, name: c.name }));
    result.set(schoolId, { schoolYearId: year.schoolYearId, calendar: year.calendar, classes: schoolClasses, students });
  }
  return result;
}

const firstDay = (days: string[]): string | null => (days.length === 0 ? null : days.reduce((a, b) => (a < b ? a : b)));
