/**
 * Need-to-know for one student, as routes ask it: the access, or a refusal (audited by the app's
 * error handler). A student the person may not see at all is answered as missing (404, the words
 * of an unknown id); one they see in part and ask more of is forbidden (403). An object hidden
 * behind the student (a flag, a mark) names itself in `asMissing`: every refusal is then its 404.
 */
import type { Db } from '../../db/database.js';
import type { Actor } from '../../data/load-actor.js';
import { loadStudentFacts } from '../../data/load-student-facts.js';
import { studentAccess, type StudentAccess, type StudentFacts } from '../../domain/access-policy.js';
import { forbidden, notFound } from '../errors.js';

export async function requireStudentAccess(
  db: Db,
  actor: Actor,
  studentId: string,
  today: string,
  need: 'any' | 'full',
  asMissing?: string,
): Promise<{ access: Exclude<StudentAccess, { kind: 'none' }>; schoolId: string; facts: StudentFacts }> {
  const facts = await loadStudentFacts(db, actor.ownerId, studentId, today);
  if (!facts) throw notFound(asMissing ?? 'The student');
  const access = studentAccess(actor, facts);
  if (access.kind === 'none' || (need === 'full' && access.kind !== 'full')) {
    const subject = { entity: 'student', entityId: studentId, studentId, detail: { need } };
    if (access.kind === 'none' || asMissing) throw notFound(asMissing ?? 'The student', subject);
    throw forbidden('You have no need-to-know access to this student', subject);
  }
  return { access, schoolId: facts.schoolId, facts };
}
