/**
 * Misuse control (issue 14, part 5): everything one member of staff read or changed about students
 * in a period, from the audit log, each line naming its student. `schoolIds`: only the students now
 * at these schools (the reader's, decision 005); null: all (the person's own log). Entries that name
 * no student (the wheel, a sign-in) are not personal data about a student and are left out. Uses
 * the log's index on (owner_id, actor_staff_id, at).
 */
import { and, eq, inArray, isNotNull } from 'drizzle-orm';
import type { Db } from '../../db/database.js';
import { auditLog, students } from '../../db/schema.js';
import { buildAccessReport, type AccessActor, type AccessReportLine } from '../../domain/audit/build-access-report.js';
import { loadAccessActors } from './load-access-actors.js';
import { asAuditEntry, auditEntryColumns, inPeriod } from './audit-entries.js';

export type StaffAccessLine = AccessReportLine & { student: { id: string; name: string } | null };

export interface FoundStaffAccessLog {
  staff: AccessActor;
  period: { from: string; to: string };
  lines: StaffAccessLine[];
  refusals: StaffAccessLine[];
}

export async function findStaffAccessLog(
  db: Db,
  options: { ownerId: string; staffId: string; period: { from: string; to: string }; today: string; schoolIds: readonly string[] | null },
): Promise<FoundStaffAccessLog | undefined> {
  const { ownerId, staffId, period, schoolIds } = options;
  const person = (await loadAccessActors(db, ownerId, [staffId])).get(staffId);
  if (!person) return undefined;
  if (schoolIds !== null && schoolIds.length === 0) return { staff: person, period, lines: [], refusals: [] };
  const rows = await db
    .select({
      ...auditEntryColumns,
      givenName: students.givenName,
      familyName: students.familyName,
    })
    .from(auditLog)
    .innerJoin(students, and(eq(students.ownerId, auditLog.ownerId), eq(students.id, auditLog.studentId)))
    .where(
      and(
        eq(auditLog.ownerId, ownerId),
        eq(auditLog.actorStaffId, staffId),
        isNotNull(auditLog.studentId),
        inPeriod(period, options.today),
        ...(schoolIds === null ? [] : [inArray(students.schoolId, [...schoolIds])]),
      ),
    );
  const names = new Map(rows.map((r) => [r.studentId!, `${r.givenName} ${r.familyName}`]));
  const entries = rows.map(asAuditEntry);
  const report = buildAccessReport(entries, new Map([[staffId, person]]), { forStudent: false });
  const withStudent = (line: AccessReportLine): StaffAccessLine => ({ ...line, student: line.studentId ? { id: line.studentId, name: names.get(line.studentId) ?? '' } : null });
  return { staff: person, period, lines: report.lines.map(withStudent), refusals: report.refusals.map(withStudent) };
}
