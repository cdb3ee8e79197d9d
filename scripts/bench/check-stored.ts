/**
 * After the rush, in the database itself: was every registration sent stored, once, with its
 * flags? A registration counts as stored when its lesson is noted as registered by its teacher
 * and each student it marked absent or late has exactly one record for that lesson. Its flags
 * are up to date when the rules, run again now for the marked students, find nothing to write:
 * the server's own run after the last registration of each student saw all of them.
 */
import { sql } from 'drizzle-orm';
import { queryRows, type Db } from '../../src/db/database.js';
import { reevaluateStudents } from '../../src/data/reevaluate-students.js';
import { groupBy } from '../../src/lib/group-by.js';
import type { PlannedLesson } from './load-plan.js';

export interface StoredCheck {
  stored: number;
  /** Which of the lessons sent (by their place in the list) are stored. */
  storedAt: Set<number>;
  /** Marked (student, lesson) pairs with more than one record, and with none. */
  duplicateRecords: number;
  missingRecords: number;
  notNotedAsRegistered: number;
  /** Students whose flags the rules, run again, would still change (new, refreshed or resolved flags). */
  flagChangesLeft: number;
  studentsChecked: number;
}

export async function checkStored(db: Db, sent: readonly PlannedLesson[], today: string): Promise<StoredCheck> {
  const lessons = sent.map((l, i) => ({ i, owner_id: l.ownerId, group_id: l.groupId, date: l.date, lesson_number: l.lessonNumber, teacher: l.teacherId }));
  const marked = sent.flatMap((l, i) => [...l.absent, ...l.late].map((student_id) => ({ i, owner_id: l.ownerId, student_id, date: l.date, lesson_number: l.lessonNumber })));
  const noted = new Set<number>();
  const recordsOf = new Map<string, number>();
  for (let at = 0; at < lessons.length; at += 5000) {
    const rows = await queryRows<{ i: number }>(
      db,
      sql`select x.i from json_to_recordset(${JSON.stringify(lessons.slice(at, at + 5000))}::json)
            as x(i int, owner_id uuid, group_id uuid, date date, lesson_number smallint, teacher uuid)
          where exists (select 1 from lesson_registrations r where r.owner_id = x.owner_id and r.group_id = x.group_id
            and r.date = x.date and r.lesson_number = x.lesson_number and r.registered_by = x.teacher)`,
    );
    for (const r of rows) noted.add(r.i);
  }
  for (let at = 0; at < marked.length; at += 5000) {
    const rows = await queryRows<{ i: number; student_id: string; n: number }>(
      db,
      sql`select x.i, x.student_id, (select count(*) from absence_records a where a.owner_id = x.owner_id and a.student_id = x.student_id
            and a.date = x.date and a.lesson_number = x.lesson_number)::int as n
          from json_to_recordset(${JSON.stringify(marked.slice(at, at + 5000))}::json) as x(i int, owner_id uuid, student_id uuid, date date, lesson_number smallint)`,
    );
    for (const r of rows) recordsOf.set(`${r.i}|${r.student_id}`, r.n);
  }
  const storedAt = new Set<number>();
  let duplicateRecords = 0;
  let missingRecords = 0;
  sent.forEach((l, i) => {
    const counts = [...l.absent, ...l.late].map((s) => recordsOf.get(`${i}|${s}`) ?? 0);
    duplicateRecords += counts.filter((n) => n > 1).length;
    missingRecords += counts.filter((n) => n === 0).length;
    if (noted.has(i) && counts.every((n) => n === 1)) storedAt.add(i);
  });

  // The rules once more for every marked student, school by school.
  let flagChangesLeft = 0;
  let studentsChecked = 0;
  for (const [key, ofSchool] of groupBy(sent, (l) => `${l.ownerId}|${l.schoolId}`)) {
    const [ownerId, schoolId] = key.split('|') as [string, string];
    const studentIds = [...new Set(ofSchool.flatMap((l) => [...l.absent, ...l.late]))];
    studentsChecked += studentIds.length;
    const again = await reevaluateStudents(db, { ownerId, schoolId, today, studentIds });
    flagChangesLeft += again.newFlags.length + again.refreshed + again.resolved;
  }
  return { stored: storedAt.size, storedAt, duplicateRecords, missingRecords, notNotedAsRegistered: sent.length - noted.size, flagChangesLeft, studentsChecked };
}
