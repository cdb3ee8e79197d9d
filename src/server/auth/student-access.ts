/** Need-to-know for one student, as routes ask it: the access, or 404/403 (refusals are audited). */
import type { Db } from '../../db/database.js';
import type { Actor } from '../../data/load-actor.js';
import { loadStudentFacts } from '../../data/load-student-facts.js';
import { writeAudit } from '../../data/write-audit.js';
import { studentAccess, type StudentAccess } from '../../domain/access-policy.js';
import { forbidden, notFound } from '../errors.js';

export async function requireStudentAccess(
  db: Db,
  actor: Actor,
  studentId: string,
  today: string,
  need: 'any' | 'full',
): Promise<{ access: Exclude<StudentAccess, { kind: 'none' }>; schoolId: string }> {
  const facts = await loadStudentFacts(db, actor.ownerId, studentId, today);
  if (!facts) throw notFound('The student');
  const access = studentAccess(actor, facts);
  if (access.kind === 'none' || (need === 'full' && access.kind !== 'full')) {
    await writeAudit(db, {
      ownerId: actor.ownerId,
      actorStaffId: actor.staffId,
      action: 'read',
      entity: 'student',
      entityId: studentId,
      studentId,
      detail: { refused: true, need },
    });
    throw forbidden('You have no need-to-know access to this student');
  }
  return { access, schoolId: facts.schoolId };
}
