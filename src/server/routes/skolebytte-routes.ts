/**
 * Skolebytte (issue 13, part 6; OpenAPI tag `skolebytte`; docs/decisions/023): a student moves to
 * another school of the same owner mid-year. The leadership of the student's school (or the
 * owner's administrator) asks what the move involves, and moves the student with a choice for each
 * open case; afterwards the student's page at either school can say where the student came from or
 * went. The move and every read that names the student are audited.
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { apiError, studentParams } from '../../shared/api.js';
import { schoolMoveBody, schoolMovePreview, schoolMoveResult, schoolMoveView } from '../../shared/skolebytte-api.js';
import { loadStaffNames } from '../../data/cases/load-staff-names.js';
import type { Actor } from '../../data/load-actor.js';
import { loadStudentFacts } from '../../data/load-student-facts.js';
import { findLatestMove } from '../../data/skolebytte/find-latest-move.js';
import { findSkolebyttePreview } from '../../data/skolebytte/find-skolebytte-preview.js';
import { moveStudent } from '../../data/skolebytte/move-student.js';
import { can } from '../../domain/access-policy.js';
import { formerSchoolMayRead, type SkolebytteRefusal } from '../../domain/overgang/skolebytte.js';
import type { Db } from '../../db/database.js';
import { auditedRead } from '../auth/audit-read.js';
import { requireSignIn } from '../auth/request-actor.js';
import { AppError, forbidden, notFound } from '../errors.js';
import { presentSchoolMovePreview, presentSchoolMoveResult, presentSchoolMoveView } from '../presenters/present-school-move.js';
import type { RouteContext } from './context.js';

const errors = { 400: apiError, 401: apiError, 403: apiError, 404: apiError, 409: apiError };
const tags = ['skolebytte'];

/** The student's school, once the person may move the student from it (student.move_school); a student they cannot see at all is missing. */
async function requireMayMove(db: Db, actor: Actor, studentId: string, today: string): Promise<{ schoolId: string }> {
  const facts = await loadStudentFacts(db, actor.ownerId, studentId, today);
  const subject = { entity: 'school_move', studentId, detail: { studentId } };
  if (!facts) throw notFound('The student');
  if (can(actor, 'student.move_school', facts)) return { schoolId: facts.schoolId };
  if (!can(actor, 'student.see', facts)) throw notFound('The student', subject);
  throw forbidden("Only the leadership of the student's school moves the student to another school", subject);
}

/** Each refusal at its field, its code first in the message (the web app says it in the reader's language). */
const messages: Record<SkolebytteRefusal['problem'], string> = {
  student_left: 'the student has been written out of school: a move to a school of another owner is an overgang',
  no_such_school: 'is not another school of the owner',
  same_school: "is the student's school",
  before_last_move: "must be after the student's last move",
  too_far_ahead: 'is more than 30 days ahead',
  too_far_back: 'is more than 30 days back',
  choice_missing: 'an open case has no choice: hand it over or close it',
  not_an_open_case: 'is not an open case of the student',
  chosen_twice: 'has a choice already',
  note_missing: 'a case closed at the move needs a note',
  responsible_not_at_new_school: 'does not work at the new school',
};
const conflicts: ReadonlySet<SkolebytteRefusal['problem']> = new Set(['student_left', 'before_last_move']);

function refusalError(refusals: readonly SkolebytteRefusal[]): AppError {
  const details = refusals.map((r) => ({
    path: `body.${r.path}`,
    message: `${r.problem}: ${messages[r.problem]}${r.problem === 'choice_missing' ? ` (${r.caseId})` : r.problem === 'before_last_move' ? ` (${r.lastMovedOn})` : ''}`,
  }));
  // The student's state refuses the move whatever was sent (409); otherwise what was sent is at fault (400).
  const code = refusals.every((r) => conflicts.has(r.problem)) ? 'conflict' : 'validation_failed';
  return new AppError(code, details.map((d) => `${d.path}: ${d.message}`).join('; '), details);
}

export const skolebytteRoutes =
  (ctx: RouteContext): FastifyPluginAsyncZod =>
  async (app) => {
    const { db } = ctx.database;

    app.get(
      '/api/students/:studentId/school-move/preview',
      {
        schema: {
          summary: "What moving the student to another school of the owner involves: the owner's other schools and who may take a case over there, the open cases and tasks",
          tags,
          params: studentParams,
          response: { 200: schoolMovePreview, ...errors },
        },
      },
      async (request) => {
        const { actor } = await requireSignIn(request, db, ctx.clock);
        const { studentId } = request.params;
        const today = ctx.clock.today();
        await requireMayMove(db, actor, studentId, today);
        const facts = await findSkolebyttePreview(db, actor.ownerId, studentId);
        if (!facts) throw notFound('The student');
        return auditedRead(db, actor, { entity: 'school_move_preview' }, [studentId], presentSchoolMovePreview(studentId, facts, today));
      },
    );

    app.post(
      '/api/students/:studentId/school-move',
      {
        schema: {
          summary: 'Move the student to another school of the owner from a day: each open case handed over to a person there or closed with a note, the tasks following or closing',
          tags,
          params: studentParams,
          body: schoolMoveBody,
          response: { 201: schoolMoveResult, ...errors },
        },
      },
      async (request, reply) => {
        const { actor } = await requireSignIn(request, db, ctx.clock);
        const { studentId } = request.params;
        const today = ctx.clock.today();
        const { schoolId } = await requireMayMove(db, actor, studentId, today);
        const body = request.body;
        const result = await moveStudent(db, {
          ownerId: actor.ownerId,
          studentId,
          fromSchoolId: schoolId,
          toSchoolId: body.toSchoolId,
          movedOn: body.movedOn,
          note: body.note || null,
          choices: body.cases,
          actorStaffId: actor.staffId,
          today,
          now: ctx.clock.now(),
        });
        if (!result.ok) {
          if (result.problem === 'no_student') throw notFound('The student');
          if (result.problem === 'refused') throw refusalError(result.refusals);
          throw new AppError('conflict', 'The student has just been moved by someone else');
        }
        const names = await loadStaffNames(db, actor.ownerId, result.moved.plan.handedOver.map((h) => h.responsibleStaffId));
        return reply.code(201).send(presentSchoolMoveResult(result.moved, names));
      },
    );

    app.get(
      '/api/students/:studentId/school-move',
      {
        schema: {
          summary: "The student's latest move between the owner's schools: for those who see the student now, and for the leadership of the school the student left while it may read what it wrote",
          tags,
          params: studentParams,
          response: { 200: schoolMoveView, ...errors },
        },
      },
      async (request) => {
        const { actor } = await requireSignIn(request, db, ctx.clock);
        const { studentId } = request.params;
        const today = ctx.clock.today();
        const facts = await loadStudentFacts(db, actor.ownerId, studentId, today);
        if (!facts) throw notFound('The student');
        const move = await findLatestMove(db, actor.ownerId, studentId);
        const seesNow = can(actor, 'student.see', facts) || can(actor, 'student.move_school', facts);
        const leftBehind = !!move && can(actor, 'student.move_school', { schoolId: move.fromSchool.id, groupIds: [] }) && formerSchoolMayRead(move.formerReadUntil, today);
        if (!seesNow && !leftBehind) throw notFound('The student', { entity: 'school_move', studentId });
        return auditedRead(db, actor, { entity: 'school_move', entityId: move?.id ?? null }, [studentId], presentSchoolMoveView(move));
      },
    );
  };
