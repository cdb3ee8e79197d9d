/**
 * The demo school has kept IKO's routine. A real school on an ordinary day in late November has
 * held the mapping conversations the routine asked of it by then, whether or not Varde asked:
 *  - Kartlegging A, with every student identified at intake, in the first three weeks of the
 *    school year;
 *  - a conversation with each student given 1 or IV at the midterm evaluation (~1 November),
 *    within 10 school days (IKO rule 6).
 * The demo's first evaluation raises these flags with their kartleggingssamtale tasks all the
 * same (it sees the whole autumn at once); here the contact teacher marks each task done with the
 * data command the API uses (`completeTask`), dated the school day the conversation was held,
 * when that day is before `today`. Only those tasks: the flags stay for people to decide, a
 * conversation a teacher's report asks for stays open, and a student with an open case is left
 * to the case (it holds the conversation, and takes the flag's task over when its responsible
 * person is the task's: src/domain/cases/take-over-flag-tasks.ts). docs/decisions/012-one-signal-per-concern.md, "The
 * alarm load on the demo".
 */
import { and, asc, eq, inArray, isNull, notInArray } from 'drizzle-orm';
import type { Db } from '../db/database.js';
import { cases, flags, tasks } from '../db/schema.js';
import { completeTask } from '../data/complete-task.js';
import type { FindingEvidence } from '../domain/identification/reconcile-flags.js';
import { addSchoolDays, schoolDaysBetween, type SchoolCalendar } from '../domain/school-calendar.js';

/** IKO's Kartlegging A: within three weeks (15 school days) of the school start. */
const KARTLEGGING_A_SCHOOL_DAYS = 15;
/** IKO rule 6: a conversation within 10 school days of a midterm or half-year grade of 1 or IV. */
const GRADE_CONVERSATION_SCHOOL_DAYS = 10;

type Scope = { ownerId: string; schoolId: string; calendar: SchoolCalendar; today: string };

/** The open kartleggingssamtale tasks of a concern's open flags, with the flag's evidence, by student. */
async function openConversationTasks(db: Db, scope: Scope, concern: string) {
  const { ownerId, schoolId } = scope;
  const withCase = db.select({ studentId: cases.studentId }).from(cases).where(and(eq(cases.ownerId, ownerId), eq(cases.status, 'aapen')));
  return db
    .select({ id: tasks.id, assignee: tasks.assigneeStaffId, studentId: tasks.studentId, evidence: flags.evidence })
    .from(tasks)
    .innerJoin(flags, and(eq(flags.ownerId, tasks.ownerId), eq(flags.id, tasks.flagId)))
    .where(
      and(
        eq(tasks.ownerId, ownerId),
        eq(tasks.schoolId, schoolId),
        eq(tasks.kind, 'kartleggingssamtale'),
        isNull(tasks.doneAt),
        eq(flags.concern, concern),
        inArray(flags.state, ['ny', 'bekreftet']),
        notInArray(flags.studentId, withCase),
      ),
    )
    .orderBy(asc(tasks.studentId), asc(tasks.id));
}

/** Marks the tasks done on the day each student's conversation was held, when that is before today. */
async function markHeld(db: Db, scope: Scope, open: ReadonlyArray<{ id: string; assignee: string; studentId: string | null }>, heldOn: (studentIndex: number, studentId: string | null) => string | undefined) {
  // One conversation per student; both contact teachers of a class mark it.
  const students = [...new Set(open.map((t) => t.studentId))];
  let done = 0;
  for (const task of open) {
    const day = heldOn(students.indexOf(task.studentId), task.studentId);
    if (!day || day >= scope.today) continue;
    if (await completeTask(db, scope.ownerId, task.assignee, task.id, new Date(`${day}T14:00:00Z`))) done++;
  }
  return done;
}

/** Kartlegging A: the intake flags' conversations, spread over the first three weeks. */
export async function holdIntakeConversations(db: Db, scope: Scope): Promise<number> {
  const { calendar } = scope;
  const weeks = schoolDaysBetween(calendar, calendar.startsOn, addSchoolDays(calendar, calendar.startsOn, KARTLEGGING_A_SCHOOL_DAYS - 1));
  const open = await openConversationTasks(db, scope, 'inntak');
  return markHeld(db, scope, open, (i) => weeks[i % weeks.length]);
}

/** IKO rule 6: the midterm-grade conversations, spread over the 10 school days after the latest grade. */
export async function holdGradeConversations(db: Db, scope: Scope): Promise<number> {
  const open = await openConversationTasks(db, scope, 'karakterer');
  const gradeDay = new Map<string | null, string>();
  for (const task of open) {
    const findings = ((task.evidence as { findings?: FindingEvidence[] }).findings ?? []).filter((f) => f.ruleCode === 'karakter');
    const latest = findings.flatMap((f) => ('givenOn' in f.facts ? [String(f.facts.givenOn)] : [])).sort().at(-1);
    if (latest) gradeDay.set(task.studentId, latest);
  }
  return markHeld(db, scope, open, (i, studentId) => {
    const given = gradeDay.get(studentId);
    return given ? addSchoolDays(scope.calendar, given, 1 + (i % GRADE_CONVERSATION_SCHOOL_DAYS)) : undefined;
  });
}
