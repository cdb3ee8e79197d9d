/**
 * Misuse control (issue 14, part 5): everything one member of staff read or changed about students
 * in a period, from the audit log, each line naming its student. `schoolIds`: only the students now
 * at these schools (the reader's, decision 005); null: all (the person's own log). Entries that name
 * no student (the wheel, a sign-in) are not personal data about a student and are left out. Uses
 * the log's index on (owner_id, actor_staff_id, at).
 */
import { and, eq, gte, inArray, isNotNull, lt } from 'drizzle-orm';
import type { Db } from '../../db/database.js';
import { auditLog, students } from '../../db/schema.js';
import { buildAccessReport, type AccessActor, type AccessReportLine } from '../../domain/audit/build-access-report.js';
import { loadAccessActors } from './load-access-actors.js';
import { periodBounds } from './period-bounds.js';

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
  const { start, end } = periodBounds(period, options.today);
  if (schoolIds !== null && schoolIds.length === 0) return { staff: person, period, lines: [], refusals: [] };
  const rows = await db
    .select({
      id: auditLog.id,
      at: auditLog.at,
      actorStaffId: auditLog.actorStaffId,
      action: auditLog.action,
      entity: auditLog.entity,
      entityId: auditLog.entityId,
      studentId: auditLog.studentId,
      detail: auditLog.detail,
      address: auditLog.address,
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
        gte(auditLog.at, start),
        ...(end ? [lt(auditLog.at, end)] : []),
        ...(schoolIds === null ? [] : [inArray(students.schoolId, [...schoolIds])]),
      ),
    );
  const names = new Map(rows.map((r) => [r.studentId!, `${r.givenName} ${r.familyName}`]));
  const entries = rows.map((r) => ({ ...r, at: r.at.toISOString(), detail: (r.detail ?? null) as Record<string, unknown> | null }));
  const report = buildAccessReport(entries, new Map([[staffId, person]]), { forStudent: false });
  const withStudent = (line: AccessReportLine): StaffAccessLine => ({ ...line, student: line.studentId ? { id: line.studentId, name: names.get(line.studentId) ?? '' } : null });
  return { staff: person, period, lines: report.lines.map(withStudent), refusals: report.refusals.map(withStudent) };
}
