/** The concern reports about a school's students since a date, newest first, with who filed them. */
import { and, desc, eq, gte } from 'drizzle-orm';
import type { Db } from '../../db/database.js';
import { staff, students, teacherReports } from '../../db/schema.js';

export async function findSchoolReports(db: Db, ownerId: string, schoolId: string, since: string) {
  const rows = await db
    .select({
      id: teacherReports.id,
      kind: teacherReports.kind,
      subject: teacherReports.subjectCode,
      text: teacherReports.text,
      createdAt: teacherReports.createdAt,
      reporterGiven: staff.givenName,
      reporterFamily: staff.familyName,
      studentId: students.id,
      givenName: students.givenName,
      familyName: students.familyName,
    })
    .from(teacherReports)
    .innerJoin(students, and(eq(students.ownerId, teacherReports.ownerId), eq(students.id, teacherReports.studentId)))
    .innerJoin(staff, and(eq(staff.ownerId, teacherReports.ownerId), eq(staff.id, teacherReports.reportedBy)))
    .where(and(eq(teacherReports.ownerId, ownerId), eq(students.schoolId, schoolId), gte(teacherReports.createdAt, new Date(`${since}T00:00:00Z`))))
    .orderBy(desc(teacherReports.createdAt));
  return rows.map((r) => ({
    id: r.id,
    kind: r.kind,
    subject: r.subject,
    text: r.text,
    createdAt: r.createdAt,
    reportedBy: `${r.reporterGiven} ${r.reporterFamily}`,
    student: { id: r.studentId, givenName: r.givenName, familyName: r.familyName },
  }));
}
