/**
 * Who read or changed one student's data in a period, from the audit log (issue 14, part 5): the
 * entries whose student is the student, grouped and named by the domain. Uses the log's index on
 * (owner_id, student_id, at).
 */
import { and, eq } from 'drizzle-orm';
import type { Db } from '../../db/database.js';
import { auditLog, schools, students } from '../../db/schema.js';
import { buildAccessReport, type AccessReport } from '../../domain/audit/build-access-report.js';
import { loadAccessActors } from './load-access-actors.js';
import { asAuditEntry, auditEntryColumns, inPeriod } from './audit-entries.js';

export interface StudentAccessReport extends AccessReport {
  student: { id: string; name: string; school: { id: string; name: string } };
  period: { from: string; to: string };
}

export async function findStudentAccessReport(
  db: Db,
  options: { ownerId: string; studentId: string; period: { from: string; to: string }; today: string; forStudent: boolean },
): Promise<StudentAccessReport | undefined> {
  const { ownerId, studentId, period } = options;
  const [student] = await db
    .select({ id: students.id, givenName: students.givenName, familyName: students.familyName, schoolId: schools.id, schoolName: schools.name })
    .from(students)
    .innerJoin(schools, and(eq(schools.ownerId, students.ownerId), eq(schools.id, students.schoolId)))
    .where(and(eq(students.ownerId, ownerId), eq(students.id, studentId)));
  if (!student) return undefined;
  const rows = await db
    .select(auditEntryColumns)
    .from(auditLog)
    .where(and(eq(auditLog.ownerId, ownerId), eq(auditLog.studentId, studentId), inPeriod(period, options.today)));
  const entries = rows.map(asAuditEntry);
  const actors = await loadAccessActors(db, ownerId, entries.map((e) => e.actorStaffId));
  return {
    student: { id: student.id, name: `${student.givenName} ${student.familyName}`, school: { id: student.schoolId, name: student.schoolName } },
    period,
    ...buildAccessReport(entries, actors, { forStudent: options.forStudent }),
  };
}
