/** Shapes a clarification case's rows into the API's AvklaringDetail (src/shared/ot-api.ts). */
import type { AvklaringBundle } from '../../data/ot/avklaring/load-avklaring-bundle.js';
import { byStaffId } from '../../data/ot/avklaring/load-preparation-records.js';
import { isOverdue, type CaseOutcome, type CaseStatus } from '../../domain/cases/case-workflow.js';
import { agreementDistribution } from '../../domain/ot/agreement-distribution.js';
import { guardiansSummoned, missingInvitations, missingMandatory, requiredParts } from '../../domain/ot/avklaring-participants.js';
import { preparationChecklist } from '../../domain/ot/avklaring-preparation.js';
import { agreementMeeting, meetingPeople, type StoredMeeting } from '../../domain/ot/avklaring-meeting-view.js';
import type { AvklaringGround, AvklaringStep, AvklaringTaskKind } from '../../domain/ot/avklaring-workflow.js';
import type { LeaveReason } from '../../domain/ot/ot-codes.js';
import { ageOrNullOn } from '../../domain/student-age.js';
import { osloDate } from '../../lib/clock.js';
import { agreementContent, type AvklaringDetail, type Opplysingar } from '../../shared/ot-api.js';

/** The form's agreement as stored; a form never filled in reads as the empty form. */
export function storedAgreement(stored: unknown): AvklaringDetail['agreement'] {
  const parsed = agreementContent.safeParse(stored ?? {});
  return parsed.success ? parsed.data : agreementContent.parse({});
}

/** "Opplysingar om eleven" as stored; a field never written reads as empty. */
export function storedOpplysingar(stored: unknown): Opplysingar {
  const fields = (stored ?? {}) as Partial<Record<keyof Opplysingar, unknown>>;
  const text = (key: keyof Opplysingar) => (typeof fields[key] === 'string' ? (fields[key] as string) : '');
  return { programme: text('programme'), className: text('className'), absence: text('absence'), grades: text('grades'), earlierMeasures: text('earlierMeasures'), background: text('background') };
}

export function storedSignatures(stored: unknown): Array<{ name: string; signedOn: string }> {
  return Array.isArray(stored) ? (stored as Array<{ name: string; signedOn: string }>) : [];
}

/** The meetings as the domain reads them, newest first. */
export function storedMeetings(rows: AvklaringBundle['meetings']): StoredMeeting[] {
  return rows.map((m) => ({
    id: m.id,
    on: osloDate(m.startsAt),
    outcome: (m.outcome as StoredMeeting['outcome']) ?? null,
    invited: m.invited as StoredMeeting['invited'],
    present: (m.present as StoredMeeting['present']) ?? [],
  }));
}

/** Where the signed form goes: once it is signed, or once the student is written out (the agreement then goes to the file as it is). */
export function distributionOf(bundle: Pick<AvklaringBundle, 'form' | 'student' | 'guardians' | 'meetings'>, today: string) {
  const found = agreementMeeting(storedMeetings(bundle.meetings));
  const result = agreementDistribution({
    student: bundle.student,
    participants: found?.people ?? [],
    guardians: bundle.guardians.filter((g) => g.parentalResponsibility),
    on: found?.meeting.on ?? today,
    writtenOut: bundle.student.leftOn !== null,
  });
  const shown = bundle.form.signedAt !== null || bundle.student.leftOn !== null;
  return { lines: shown ? result.lines : [], attachSummons: result.attachSummons, meeting: found };
}

export function presentAvklaring(bundle: AvklaringBundle, context: { today: string; mayWrite: boolean; mayWriteOut: boolean }): AvklaringDetail {
  const { kase, form, student, names } = bundle;
  const { today } = context;
  const name = (id: string | null) => (id ? (names.get(id) ?? '') : '');
  const checklist = preparationChecklist(byStaffId(bundle.preparation, name));
  const summonsDocuments = new Map(
    bundle.events
      .filter((e) => e.kind === 'summons_document')
      .reverse()
      .map((e) => {
        const d = e.detail as { meetingId: string; documentId: string };
        return [d.meetingId, d.documentId] as const;
      }),
  );
  const stored = storedMeetings(bundle.meetings);
  const distribution = distributionOf(bundle, today);

  return {
    caseId: kase.id,
    schoolId: kase.schoolId,
    ground: form.ground as AvklaringGround,
    reason: kase.reason,
    step: kase.step as AvklaringStep,
    status: kase.status as CaseStatus,
    outcome: (kase.outcome as CaseOutcome | null) ?? null,
    stepDueOn: kase.stepDueOn,
    overdue: isOverdue(kase.stepDueOn, today, kase.status as CaseStatus),
    openedAt: kase.openedAt.toISOString(),
    responsible: { staffId: kase.responsibleStaffId, name: name(kase.responsibleStaffId) },
    participants: kase.participants.map((p) => ({
      staffId: p.staffId,
      name: name(p.staffId),
      roles: [...new Set(bundle.roles.filter((r) => r.staffId === p.staffId && (r.schoolId === kase.schoolId || r.schoolId === null)).map((r) => r.role))],
    })),
    student: {
      id: student.id,
      name: student.name,
      birthDate: student.birthDate,
      age: ageOrNullOn(student.birthDate, today),
      groupName: student.groupName,
      leftOn: student.leftOn,
      leaveReason: (student.leaveReason as LeaveReason | null) ?? null,
    },
    guardians: bundle.guardians,
    preparation: checklist.items,
    missingBeforeSummons: checklist.missingBeforeSummons,
    opplysingar: storedOpplysingar(form.opplysingar),
    opplysingarSavedAt: form.opplysingarSavedAt?.toISOString() ?? null,
    meetings: bundle.meetings.map((m, i) => {
      const meeting = stored[i]!;
      const people = meetingPeople(meeting);
      const kinds = meeting.outcome === 'holdt' ? people.filter((p) => p.present).map((p) => p.kind) : meeting.invited.map((p) => p.kind);
      return {
        id: m.id,
        startsAt: m.startsAt.toISOString(),
        place: m.place,
        participants: people,
        summonsSentOn: m.summonsSentOn,
        summonsDocumentId: summonsDocuments.get(m.id) ?? null,
        outcome: meeting.outcome,
        requiredParts: requiredParts(student.birthDate, meeting.on),
        missingParts: meeting.outcome === 'holdt' ? missingMandatory(kinds, student.birthDate, meeting.on) : missingInvitations(kinds, student.birthDate, meeting.on),
        guardiansSummoned: guardiansSummoned(student.birthDate, meeting.on),
      };
    }),
    agreement: storedAgreement(form.agreement),
    language: form.language as 'nb' | 'nn',
    signedAt: form.signedAt?.toISOString() ?? null,
    signedBy: storedSignatures(form.signatures).map((s) => s.name),
    distribution: distribution.lines,
    attachSummons: distribution.attachSummons,
    documents: bundle.documents.map((d) => ({ id: d.id, kind: d.kind, title: d.title, language: d.language, createdAt: d.createdAt.toISOString(), sentTo: (d.sentTo as string[]) ?? [] })),
    events: bundle.events.map((e) => ({ id: e.id, at: e.createdAt.toISOString(), kind: e.kind, text: e.text, actorName: e.actorStaffId ? name(e.actorStaffId) : null })),
    tasks: bundle.tasks.map((t) => ({ id: t.id, kind: t.kind as AvklaringTaskKind, dueOn: t.dueOn, done: t.doneAt !== null, assignee: name(t.assigneeStaffId) })),
    otYouthId: bundle.otYouthId,
    mayWrite: context.mayWrite,
    mayWriteOut: context.mayWriteOut,
  };
}
