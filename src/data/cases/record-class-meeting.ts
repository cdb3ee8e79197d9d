/**
 * Records a klasselærermøte: each decision goes into a case of its student — an open one named by
 * the meeting, or one the decision opens (an open case of the kind already there that the actor
 * sees takes it) — and the meeting keeps its decisions. All or nothing: a decision that cannot be
 * written leaves no meeting and no case opened behind.
 */
import type { Db } from '../../db/database.js';
import { meetings } from '../../db/schema.js';
import { can, type Person } from '../../domain/access-policy.js';
import type { FollowUpCaseKind } from '../../domain/cases/case-workflow.js';
import { loadCase } from './load-case.js';
import { openCase } from './open-case.js';
import { recordDecision } from './record-decision.js';

export interface ClassMeetingDecision {
  studentId: string;
  text: string;
  caseId: string | null;
  openCase: FollowUpCaseKind | null;
}

export type ClassMeetingResult =
  | { ok: true; meetingId: string; decisions: Array<{ studentId: string; text: string; caseId: string | null }> }
  /** Decision `index` could not be written: its case could not be opened, or is not a case of the student that the actor sees. */
  | { ok: false; problem: 'case_not_opened' | 'not_case_of_student'; index: number };

type Refusal = Extract<ClassMeetingResult, { ok: false }>;

/** Thrown inside the transaction so that it rolls back; turned into the result outside. */
class DecisionRefused extends Error {
  constructor(readonly refusal: Refusal) {
    super(refusal.problem);
  }
}

export async function recordClassMeeting(
  db: Db,
  input: {
    ownerId: string;
    group: { id: string; schoolId: string };
    actor: Person;
    heldOn: string;
    present: string[];
    decisions: ClassMeetingDecision[];
    today: string;
  },
): Promise<ClassMeetingResult> {
  const { ownerId, group, actor } = input;
  try {
    return await db.transaction(async (tx) => {
      const decisions: Array<{ studentId: string; text: string; caseId: string | null }> = [];
      for (const [index, d] of input.decisions.entries()) {
        let caseId = d.caseId;
        if (!caseId && d.openCase) {
          const opened = await openCase(tx, { ownerId, schoolId: group.schoolId, studentId: d.studentId, actorStaffId: actor.staffId, opener: actor, kind: d.openCase, openedFrom: 'manuelt', reason: d.text, today: input.today });
          if (opened.ok) caseId = opened.caseId;
          else if (opened.problem === 'already_open') caseId = opened.existingCaseId ?? null;
          else throw new DecisionRefused({ ok: false, problem: 'case_not_opened', index });
        }
        decisions.push({ studentId: d.studentId, text: d.text, caseId });
      }
      const [row] = await tx
        .insert(meetings)
        .values({
          ownerId,
          schoolId: group.schoolId,
          groupId: group.id,
          kind: 'klasselaerermote',
          startsAt: new Date(`${input.heldOn}T12:00:00Z`),
          present: input.present,
          decisions,
          createdBy: actor.staffId,
        })
        .returning({ id: meetings.id });
      const meetingId = row!.id;
      for (const [index, d] of decisions.entries()) {
        if (!d.caseId) continue;
        const kase = await loadCase(tx, ownerId, d.caseId);
        // A case the actor may not see is answered as one that is not the student's: the answer must not tell it exists.
        const visible = kase && can(actor, 'case.see', { schoolId: kase.schoolId, participantStaffIds: kase.participants.map((p) => p.staffId) });
        if (!kase || !visible || kase.studentId !== d.studentId) throw new DecisionRefused({ ok: false, problem: 'not_case_of_student', index });
        await recordDecision(tx, { kase, actorStaffId: actor.staffId }, { text: d.text, meetingId });
      }
      return { ok: true as const, meetingId, decisions };
    });
  } catch (error) {
    if (error instanceof DecisionRefused) return error.refusal;
    throw error;
  }
}
