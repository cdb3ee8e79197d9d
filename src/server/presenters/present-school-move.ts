/** A skolebytte's rows → the contract of src/shared/skolebytte-api.ts. */
import type { SkolebyttePreviewFacts } from '../../data/skolebytte/find-skolebytte-preview.js';
import type { LatestMove } from '../../data/skolebytte/find-latest-move.js';
import type { MovedStudent } from '../../data/skolebytte/move-student.js';
import { formerReadMonths, moveDaysAhead, moveDaysBack } from '../../domain/overgang/skolebytte.js';
import { addDays } from '../../domain/school-calendar.js';
import type { SchoolMovePreview, SchoolMoveResult, SchoolMoveView } from '../../shared/skolebytte-api.js';

export function presentSchoolMoveResult(moved: MovedStudent, names: ReadonlyMap<string, string>): SchoolMoveResult {
  const { plan } = moved;
  return {
    moveId: moved.moveId,
    fromSchool: moved.fromSchool,
    toSchool: moved.toSchool,
    movedOn: plan.movedOn,
    formerReadUntil: plan.formerReadUntil,
    handedOver: plan.handedOver.map((h) => ({ caseId: h.caseId, kind: moved.caseKinds.get(h.caseId)!, responsible: { staffId: h.responsibleStaffId, name: names.get(h.responsibleStaffId) ?? '' } })),
    closed: plan.closed.map((c) => ({ caseId: c.caseId, kind: moved.caseKinds.get(c.caseId)! })),
    tasksFollowing: plan.followingTasks.length,
    tasksClosed: plan.closedTaskIds.length,
    flagsMoved: moved.flagsMoved,
    closerFollowUpEnded: moved.closerFollowUpEnded,
  };
}

export function presentSchoolMovePreview(studentId: string, facts: SkolebyttePreviewFacts, today: string): SchoolMovePreview {
  const back = addDays(today, -moveDaysBack);
  // The day after the last move is the first a new one may be dated (src/domain/overgang/skolebytte.ts).
  const afterLast = facts.lastMovedOn === null ? back : addDays(facts.lastMovedOn, 1);
  return {
    studentId,
    schoolId: facts.schoolId,
    movedOn: { earliest: afterLast > back ? afterLast : back, latest: addDays(today, moveDaysAhead) },
    lastMovedOn: facts.lastMovedOn,
    formerReadMonths,
    schools: facts.schools,
    openCases: facts.openCases.map((c) => ({
      id: c.id,
      kind: c.kind,
      step: c.step,
      openedAt: c.openedAt.toISOString(),
      stepDueOn: c.stepDueOn,
      responsible: { staffId: c.responsibleStaffId, name: c.responsibleName },
    })),
    openTasks: facts.openTasks.map((t) => ({ id: t.id, kind: t.kind, dueOn: t.dueOn, caseId: t.caseId, assigneeName: t.assigneeName })),
    openFlags: facts.openFlags,
    closerFollowUp: facts.closerFollowUp,
  };
}

export function presentSchoolMoveView(move: LatestMove | undefined): SchoolMoveView {
  if (!move) return { move: null };
  return {
    move: { id: move.id, fromSchool: move.fromSchool, toSchool: move.toSchool, movedOn: move.movedOn, formerReadUntil: move.formerReadUntil, movedBy: move.movedByName, note: move.note },
  };
}
