/**
 * Who a notice about a student goes to, with the addresses to reach them. The home is named in
 * Varde's documents and summons by name (meetings.invited, documents.sent_to), as the home view
 * reads them (src/data/home/find-home-overview.ts): the same names pick the recipients here.
 */
import { and, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../db/database.js';
import { guardians, schools, staff, studentGuardians, students } from '../../db/schema.js';
import type { NoticeLanguage } from '../../domain/notices/notice-kinds.js';
import { isMinorOn } from '../../domain/student-age.js';
import type { NoticeRecipient } from './queue-notices.js';
import { samePersonName as sameName } from '../../domain/people/same-person-name.js';


export interface HomeOfStudent {
  schoolId: string;
  schoolName: string;
  schoolLanguage: NoticeLanguage;
  student: NoticeRecipient & { birthDate: string | null };
  guardians: Array<NoticeRecipient & { parentalResponsibility: boolean }>;
}

export async function findHomeOfStudent(db: Db, ownerId: string, studentId: string): Promise<HomeOfStudent | undefined> {
  const [row] = await db
    .select({ givenName: students.givenName, familyName: students.familyName, birthDate: students.birthDate, schoolId: schools.id, schoolName: schools.name, language: schools.noticeLanguage })
    .from(students)
    .innerJoin(schools, and(eq(schools.ownerId, students.ownerId), eq(schools.id, students.schoolId)))
    .where(and(eq(students.ownerId, ownerId), eq(students.id, studentId)));
  if (!row) return undefined;
  const schoolLanguage = row.language as NoticeLanguage;
  const guardianRows = await db
    .select({
      id: guardians.id,
      givenName: guardians.givenName,
      familyName: guardians.familyName,
      email: guardians.email,
      phone: guardians.phone,
      language: guardians.noticeLanguage,
      parentalResponsibility: studentGuardians.parentalResponsibility,
    })
    .from(studentGuardians)
    .innerJoin(guardians, and(eq(guardians.ownerId, studentGuardians.ownerId), eq(guardians.id, studentGuardians.guardianId)))
    .where(and(eq(studentGuardians.ownerId, ownerId), eq(studentGuardians.studentId, studentId)));
  return {
    schoolId: row.schoolId,
    schoolName: row.schoolName,
    schoolLanguage,
    // Varde keeps no address of the student's own: a student is reached in Varde (/hjem), and a notice to them is logged as not sent.
    student: { kind: 'elev', id: studentId, name: `${row.givenName} ${row.familyName}`, email: null, phone: null, language: schoolLanguage, birthDate: row.birthDate },
    guardians: guardianRows.map((g) => ({
      kind: 'foresatt' as const,
      id: g.id,
      name: `${g.givenName} ${g.familyName}`,
      email: g.email,
      phone: g.phone,
      language: (g.language as NoticeLanguage | null) ?? schoolLanguage,
      parentalResponsibility: g.parentalResponsibility,
    })),
  };
}

/**
 * The guardians whose names a summons or a document's distribution list gives. The student is
 * not sent a notice: Varde keeps no address of theirs, and a line "not sent" under every summons
 * would only be noise — the student is told at school, and reads it in the home view.
 */
export function homeRecipientsNamed(home: HomeOfStudent, names: readonly string[]): NoticeRecipient[] {
  const named = (name: string) => names.some((n) => sameName(n, name));
  return home.guardians.filter((p) => named(p.name)).map(toRecipient);
}

/** The guardians told the same day of an unexplained absence: those with parental responsibility, while the student is under 18. */
export function sameDayRecipients(home: HomeOfStudent, day: string): NoticeRecipient[] {
  if (!isMinorOn(home.student.birthDate, day)) return [];
  return home.guardians.filter((g) => g.parentalResponsibility).map(toRecipient);
}

function toRecipient(p: NoticeRecipient): NoticeRecipient {
  return { kind: p.kind, id: p.id, name: p.name, email: p.email, phone: p.phone, language: p.language };
}

/** Staff as recipients of their own notices (digest, reminders), in their school's language. */
export async function findStaffRecipients(db: Db, ownerId: string, staffIds: readonly string[], language: NoticeLanguage): Promise<NoticeRecipient[]> {
  if (staffIds.length === 0) return [];
  const rows = await db
    .select({ id: staff.id, givenName: staff.givenName, familyName: staff.familyName, email: staff.email })
    .from(staff)
    .where(and(eq(staff.ownerId, ownerId), inArray(staff.id, [...staffIds])));
  return rows.map((s) => ({ kind: 'ansatt' as const, id: s.id, name: `${s.givenName} ${s.familyName}`, email: s.email, phone: null, language }));
}
