/**
 * Students without a birth date (issue 17; OpenAPI tag `students`): the school's files lacked it,
 * the student was imported all the same and counts as a minor until the school completes it. The
 * school's leadership and the owner's administrator — those who import the files — list them and
 * complete a missing date (school.complete_birth_dates). A date Varde has is not changed here: a
 * correction belongs in the school's own system, from which the next file brings it.
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { apiError, schoolParams, studentParams } from '../../shared/api.js';
import { completeBirthDateBody, completedBirthDate, studentsWithoutBirthDate } from '../../shared/birth-date-api.js';
import { can } from '../../domain/access-policy.js';
import { ageOn } from '../../domain/school-calendar.js';
import { refuseBirthDate, type BirthDateRefusal } from '../../domain/student-age.js';
import { loadStudentFacts } from '../../data/load-student-facts.js';
import { schoolExists } from '../../data/school-exists.js';
import { completeBirthDate } from '../../data/students/complete-birth-date.js';
import { findStudentsWithoutBirthDate } from '../../data/students/find-students-without-birth-date.js';
import { writeAudit } from '../../data/write-audit.js';
import { auditedRead } from '../auth/audit-read.js';
import { requireSignIn } from '../auth/request-actor.js';
import { AppError, forbidden, invalidField, notFound } from '../errors.js';
import type { RouteContext } from './context.js';

const errors = { 400: apiError, 401: apiError, 403: apiError, 404: apiError, 409: apiError };
const tags = ['students'];
const whoMay = 'Only the school’s leadership or an administrator completes a missing birth date';

const refusalWords: Record<BirthDateRefusal, string> = {
  birth_date_in_future: 'is after today',
  birth_date_too_early: 'is before 1990: check the year',
};

export const birthDateRoutes =
  (ctx: RouteContext): FastifyPluginAsyncZod =>
  async (app) => {
    const { db } = ctx.database;

    app.get(
      '/api/schools/:schoolId/students-without-birth-date',
      {
        schema: {
          summary: "The school's current students whose birth date is missing, for the school to complete",
          tags,
          params: schoolParams,
          response: { 200: studentsWithoutBirthDate, ...errors },
        },
      },
      async (request) => {
        const { actor } = await requireSignIn(request, db, ctx.clock);
        const { schoolId } = request.params;
        if (!(await schoolExists(db, actor.ownerId, schoolId))) throw notFound('The school');
        if (!can(actor, 'school.complete_birth_dates', { schoolId })) throw forbidden(whoMay, { entity: 'students_without_birth_date', entityId: schoolId });
        const found = await findStudentsWithoutBirthDate(db, actor.ownerId, schoolId, ctx.clock.today());
        return auditedRead(db, actor, { entity: 'students_without_birth_date', entityId: schoolId }, found.map((s) => s.id), { students: found });
      },
    );

    app.put(
      '/api/students/:studentId/birth-date',
      {
        schema: {
          summary: "Complete a student's missing birth date (409 when Varde has one: correct it in the school's own system)",
          tags,
          params: studentParams,
          body: completeBirthDateBody,
          response: { 200: completedBirthDate, ...errors },
        },
      },
      async (request) => {
        const { actor } = await requireSignIn(request, db, ctx.clock);
        const { studentId } = request.params;
        const today = ctx.clock.today();
        const facts = await loadStudentFacts(db, actor.ownerId, studentId, today);
        const subject = { entity: 'student', entityId: studentId, studentId };
        if (!facts) throw notFound('The student');
        if (!can(actor, 'school.complete_birth_dates', { schoolId: facts.schoolId })) {
          // Someone who cannot see the student at all is told no more than that it is missing.
          if (!can(actor, 'student.see', facts)) throw notFound('The student', subject);
          throw forbidden(whoMay, subject);
        }
        const { birthDate } = request.body;
        const refusal = refuseBirthDate(birthDate, today);
        if (refusal) throw invalidField('body.birthDate', refusalWords[refusal]);
        const result = await completeBirthDate(db, { ownerId: actor.ownerId, studentId, birthDate });
        if (!result.ok) {
          if (result.problem === 'no_student') throw notFound('The student');
          throw new AppError('conflict', "The student's birth date is already known: a correction is made in the school's own system");
        }
        await writeAudit(db, { ownerId: actor.ownerId, actorStaffId: actor.staffId, action: 'update', entity: 'student', entityId: studentId, studentId, detail: { completed: 'birthDate' } });
        return { id: studentId, birthDate, age: ageOn(birthDate, today) };
      },
    );
  };
