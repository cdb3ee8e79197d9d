/**
 * A teacher files a concern report (melding) about a student: it is stored, the identification
 * rules run for the student at once (rule 9 raises its flag), and the school's rådgivere / IKO
 * coordinators — who see every report in their workspace — are named back to the teacher.
 * "Fortløpende identifisering": the report reaches the coordinator the moment it is filed.
 */
import { and, eq } from 'drizzle-orm';
import type { Db } from '../../db/database.js';
import { staff, staffRoles, teacherReports } from '../../db/schema.js';
import type { TeacherReportKind } from '../../domain/vocabulary.js';
import { reevaluateStudents } from '../reevaluate-students.js';

export interface FiledReport {
  id: string;
  kind: TeacherReportKind;
  subject: string | null;
  text: string;
  createdAt: Date;
  reportedBy: string;
  coordinators: string[];
  newFlags: number;
}

export async function fileTeacherReport(
  db: Db,
  input: { ownerId: string; schoolId: string; studentId: string; reportedBy: string; kind: TeacherReportKind; subject: string | null; text: string; today: string; at: Date },
): Promise<FiledReport> {
  const [row] = await db
    .insert(teacherReports)
    .values({ ownerId: input.ownerId, studentId: input.studentId, reportedBy: input.reportedBy, kind: input.kind, subjectCode: input.subject, text: input.text, createdAt: input.at })
    .returning();
  const result = await reevaluateStudents(db, { ownerId: input.ownerId, schoolId: input.schoolId, today: input.today, studentIds: [input.studentId] });
  const coordinators = await db
    .selectDistinct({ id: staff.id, givenName: staff.givenName, familyName: staff.familyName })
    .from(staffRoles)
    .innerJoin(staff, and(eq(staff.ownerId, staffRoles.ownerId), eq(staff.id, staffRoles.staffId)))
    .where(and(eq(staffRoles.ownerId, input.ownerId), eq(staffRoles.schoolId, input.schoolId), eq(staffRoles.role, 'radgiver')));
  const [reporter] = await db
    .select({ givenName: staff.givenName, familyName: staff.familyName })
    .from(staff)
    .where(and(eq(staff.ownerId, input.ownerId), eq(staff.id, input.reportedBy)));
  const nameOf = (p: { givenName: string; familyName: string }) => `${p.givenName} ${p.familyName}`;
  return {
    id: row!.id,
    kind: row!.kind,
    subject: row!.subjectCode,
    text: row!.text,
    createdAt: row!.createdAt,
    reportedBy: reporter ? nameOf(reporter) : '',
    coordinators: coordinators.map(nameOf),
    newFlags: result.newFlags.length,
  };
}
