/** A task of "Mine oppgaver" as the contract's `task`. */
import type { MyTask } from '../../data/find-my-tasks.js';
import { isContactTask, undoableUntil } from '../../domain/follow-up/contact-task.js';
import type { HomeContactChannel, HomeContactOutcome } from '../../domain/vocabulary.js';
import type { Task } from '../../shared/api.js';
import { presentFlag } from './present-flag.js';
import { wheelTaskKind } from '../../domain/leadership/wheel-task-window.js';
import { isWheelActivityCode } from '../../domain/leadership/wheel-activities.js';

export function presentTask(t: MyTask, now: Date): Task {
  return {
    id: t.id,
    kind: t.kind as Task['kind'],
    schoolId: t.schoolId,
    dueOn: t.dueOn,
    overdue: t.overdue,
    doneAt: t.doneAt?.toISOString() ?? null,
    student: t.student,
    flag: t.flag ? presentFlag(t.flag) : null,
    caseId: t.caseId,
    activity: t.kind === wheelTaskKind ? { code: isWheelActivityCode(t.title) ? t.title : 'egen', title: isWheelActivityCode(t.title) ? null : t.title, schoolId: t.schoolId } : null,
    closedReason: t.closedReason as Task['closedReason'],
    logsContact: isContactTask(t.kind),
    contacts: t.contacts.map((c, i) => {
      const until = undoableUntil(c.recordedAt);
      // Only the newest contact of the task can be taken back, by the person who logged it, in time.
      const undoable = i === 0 && c.staffId === t.assigneeStaffId && until.getTime() >= now.getTime();
      return {
        id: c.id,
        outcome: c.outcome as HomeContactOutcome,
        channel: c.channel as HomeContactChannel,
        contactedAt: c.contactedAt.toISOString(),
        undoableUntil: undoable ? until.toISOString() : null,
      };
    }),
  };
}
