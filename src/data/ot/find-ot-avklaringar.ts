/**
 * The clarification cases (ot_avklaring) an OT advisor takes part in — the school adds OT when it
 * contacts OT to agree a time — open and closed, with the latest clarification meeting summoned in
 * each and when the agreement was signed: the meetings coming first (soonest first), then those
 * held or closed (newest first).
 */
import { and, desc, eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/database.js';
import { caseParticipants, cases, otAvklaringar, schools, students } from '../../db/schema.js';
import type { AvklaringGround, AvklaringStep } from '../../domain/ot/avklaring-workflow.js';
import type { CaseStatus } from '../../domain/cases/case-workflow.js';

export interface OtAvklaringRow {
  caseId: string;
  school: { id: string; name: string };
  student: { id: string; name: string };
  ground: AvklaringGround;
  step: AvklaringStep;
  status: CaseStatus;
  meetingAt: Date | null;
  signedAt: Date | null;
}

export async function findOtAvklaringar(db: Db, ownerId: string, staffId: string, now: Date): Promise<OtAvklaringRow[]> {
  const rows = await db
    .select({
      caseId: cases.id,
      schoolId: cases.schoolId,
      schoolName: schools.name,
      studentId: cases.studentId,
      givenName: students.givenName,
      familyName: students.familyName,
      ground: otAvklaringar.ground,
      step: cases.step,
      status: cases.status,
      openedAt: cases.openedAt,
      signedAt: otAvklaringar.signedAt,
      // The latest clarification meeting of the case: a new one is summoned after a no-show.
      meetingAt: sql<string | Date | null>`(select max(m.starts_at) from meetings m where m.owner_id = ${cases.ownerId} and m.case_id = ${cases.id} and m.kind = 'avklaringssamtale')`,
    })
    .from(caseParticipants)
    .innerJoin(cases, and(eq(cases.ownerId, caseParticipants.ownerId), eq(cases.id, caseParticipants.caseId)))
    .innerJoin(otAvklaringar, and(eq(otAvklaringar.ownerId, cases.ownerId), eq(otAvklaringar.caseId, cases.id)))
    .innerJoin(schools, and(eq(schools.ownerId, cases.ownerId), eq(schools.id, cases.schoolId)))
    .innerJoin(students, and(eq(students.ownerId, cases.ownerId), eq(students.id, cases.studentId)))
    .where(and(eq(caseParticipants.ownerId, ownerId), eq(caseParticipants.staffId, staffId), eq(cases.kind, 'ot_avklaring')))
    .orderBy(desc(cases.openedAt));

  const found = rows.map(
    (r): OtAvklaringRow & { openedAt: Date } => ({
      caseId: r.caseId,
      school: { id: r.schoolId, name: r.schoolName },
      student: { id: r.studentId, name: `${r.givenName} ${r.familyName}` },
      ground: r.ground as AvklaringGround,
      step: r.step as AvklaringStep,
      status: r.status as CaseStatus,
      meetingAt: r.meetingAt === null ? null : new Date(r.meetingAt),
      signedAt: r.signedAt,
      openedAt: r.openedAt,
    }),
  );
  const coming = (r: OtAvklaringRow) => r.status === 'aapen' && r.signedAt === null && (r.meetingAt === null || r.meetingAt >= now);
  const time = (r: OtAvklaringRow & { openedAt: Date }) => (r.meetingAt ?? r.openedAt).getTime();
  const ahead = found.filter(coming).sort((a, b) => time(a) - time(b));
  const behind = found.filter((r) => !coming(r)).sort((a, b) => time(b) - time(a));
  return [...ahead, ...behind].map(({ openedAt: _openedAt, ...r }) => r);
}
