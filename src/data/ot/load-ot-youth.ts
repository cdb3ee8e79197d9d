/**
 * The youth in OT's register (`ot_youth`) with what OT's pages and figures read of each: the
 * student's name and birth date, the school they came from, their OT advisor, whether the
 * clarification meeting's agreement was signed, and the follow-up's entries. Who is in the list on
 * a day, and what the entries add up to, the domain decides (src/domain/ot/).
 */
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../../db/database.js';
import { otAvklaringar, otFollowUpEntries, otYouth, schools, staff, students } from '../../db/schema.js';
import type { LeaveReason, OtStatusCode } from '../../domain/ot/ot-codes.js';
import type { OtEntryKind } from '../../domain/ot/ot-follow-up.js';
import type { FollowUpEntry } from '../../domain/ot/youth-follow-up-summary.js';

export interface LoadedOtEntry extends FollowUpEntry {
  id: string;
  staffId: string;
  staffName: string;
}

export interface LoadedOtYouth {
  id: string;
  studentId: string;
  givenName: string;
  familyName: string;
  birthDate: string | null;
  originSchool: { id: string; name: string; orgNumber: string | null };
  leftOn: string;
  leaveReason: LeaveReason;
  caseId: string | null;
  advisor: { staffId: string; name: string } | null;
  agreementSignedAt: Date | null;
  entries: LoadedOtEntry[];
}

export async function loadOtYouth(
  db: Db,
  ownerId: string,
  options: { youthId?: string; entryKinds?: readonly OtEntryKind[] } = {},
): Promise<LoadedOtYouth[]> {
  const rows = await db
    .select({
      id: otYouth.id,
      studentId: otYouth.studentId,
      givenName: students.givenName,
      familyName: students.familyName,
      birthDate: students.birthDate,
      schoolId: otYouth.originSchoolId,
      schoolName: schools.name,
      orgNumber: schools.orgNumber,
      leftOn: otYouth.leftOn,
      leaveReason: otYouth.leaveReason,
      caseId: otYouth.caseId,
      advisorStaffId: otYouth.advisorStaffId,
      advisorName: sql<string | null>`${staff.givenName} || ' ' || ${staff.familyName}`,
      agreementSignedAt: otAvklaringar.signedAt,
    })
    .from(otYouth)
    .innerJoin(students, and(eq(students.ownerId, otYouth.ownerId), eq(students.id, otYouth.studentId)))
    .innerJoin(schools, and(eq(schools.ownerId, otYouth.ownerId), eq(schools.id, otYouth.originSchoolId)))
    .leftJoin(staff, and(eq(staff.ownerId, otYouth.ownerId), eq(staff.id, otYouth.advisorStaffId)))
    .leftJoin(otAvklaringar, and(eq(otAvklaringar.ownerId, otYouth.ownerId), eq(otAvklaringar.caseId, otYouth.caseId)))
    .where(and(eq(otYouth.ownerId, ownerId), options.youthId ? eq(otYouth.id, options.youthId) : undefined))
    .orderBy(asc(students.familyName), asc(students.givenName), asc(otYouth.id));
  if (rows.length === 0) return [];

  const entryRows = await db
    .select({
      id: otFollowUpEntries.id,
      youthId: otFollowUpEntries.youthId,
      kind: otFollowUpEntries.kind,
      on: otFollowUpEntries.on,
      statusCode: otFollowUpEntries.statusCode,
      detail: otFollowUpEntries.detail,
      staffId: otFollowUpEntries.staffId,
      staffName: sql<string>`${staff.givenName} || ' ' || ${staff.familyName}`,
      createdAt: otFollowUpEntries.createdAt,
    })
    .from(otFollowUpEntries)
    .innerJoin(staff, and(eq(staff.ownerId, otFollowUpEntries.ownerId), eq(staff.id, otFollowUpEntries.staffId)))
    .where(
      and(
        eq(otFollowUpEntries.ownerId, ownerId),
        options.youthId ? eq(otFollowUpEntries.youthId, options.youthId) : undefined,
        options.entryKinds ? inArray(otFollowUpEntries.kind, [...options.entryKinds]) : undefined,
      ),
    )
    .orderBy(asc(otFollowUpEntries.on), asc(otFollowUpEntries.createdAt));
  const entriesOf = new Map<string, LoadedOtEntry[]>();
  for (const e of entryRows) {
    const entry: LoadedOtEntry = {
      id: e.id,
      kind: e.kind as OtEntryKind,
      on: e.on,
      statusCode: e.statusCode as OtStatusCode | null,
      detail: (e.detail ?? {}) as Record<string, unknown>,
      createdAt: e.createdAt.toISOString(),
      staffId: e.staffId,
      staffName: e.staffName,
    };
    const list = entriesOf.get(e.youthId);
    if (list) list.push(entry);
    else entriesOf.set(e.youthId, [entry]);
  }

  return rows.map((r) => ({
    id: r.id,
    studentId: r.studentId,
    givenName: r.givenName,
    familyName: r.familyName,
    birthDate: r.birthDate,
    originSchool: { id: r.schoolId, name: r.schoolName, orgNumber: r.orgNumber },
    leftOn: r.leftOn,
    leaveReason: r.leaveReason as LeaveReason,
    caseId: r.caseId,
    advisor: r.advisorStaffId && r.advisorName ? { staffId: r.advisorStaffId, name: r.advisorName } : null,
    agreementSignedAt: r.agreementSignedAt,
    entries: entriesOf.get(r.id) ?? [],
  }));
}
