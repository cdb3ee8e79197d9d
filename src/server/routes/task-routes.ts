/**
 * "Mine oppgaver": what the signed-in person must do, by when. A "contact home" task is done by
 * logging the contact (reached, not reached, message left), which can be taken back right after.
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { apiError, myTasks, task, taskParams } from '../../shared/api.js';
import { homeContactParams, loggedTaskContact, taskContactBody } from '../../shared/follow-up-api.js';
import { completeTask } from '../../data/complete-task.js';
import { findMyTasks } from '../../data/find-my-tasks.js';
import { findTask } from '../../data/find-task.js';
import { findContactStudent } from '../../data/follow-up/find-contact-student.js';
import { logTaskContact } from '../../data/follow-up/log-task-contact.js';
import { undoTaskContact } from '../../data/follow-up/undo-task-contact.js';
import { writeAudit } from '../../data/write-audit.js';
import { can } from '../../domain/access-policy.js';
import { mayMarkDone, undoableUntil } from '../../domain/follow-up/contact-task.js';
import { auditedRead } from '../auth/audit-read.js';
import { requireSignIn } from '../auth/request-actor.js';
import { AppError, notFound } from '../errors.js';
import { presentTask } from '../presenters/present-task.js';
import type { RouteContext } from './context.js';

const errors = { 400: apiError, 401: apiError, 403: apiError, 404: apiError, 409: apiError };

export const taskRoutes =
  (ctx: RouteContext): FastifyPluginAsyncZod =>
  async (app) => {
    const { db } = ctx.database;

    const oneOfMine = async (ownerId: string, staffId: string, taskId: string) => {
      const [found] = await findMyTasks(db, ownerId, staffId, ctx.clock.today(), { taskId });
      return presentTask(found!, ctx.clock.now());
    };

    app.get(
      '/api/me/tasks',
      { schema: { summary: 'My tasks, overdue first', tags: ['tasks'], response: { 200: myTasks, 401: apiError } } },
      async (request) => {
        const { actor } = await requireSignIn(request, db, ctx.clock);
        const now = ctx.clock.now();
        const tasks = (await findMyTasks(db, actor.ownerId, actor.staffId, ctx.clock.today())).map((t) => presentTask(t, now));
        return auditedRead(db, actor, { entity: 'tasks' }, tasks.flatMap((t) => (t.student ? [t.student.id] : [])), { tasks });
      },
    );

    app.post(
      '/api/tasks/:taskId/done',
      { schema: { summary: 'Mark one of my tasks as done (not a "contact home" task: log the contact)', tags: ['tasks'], params: taskParams, response: { 200: task, ...errors } } },
      async (request) => {
        const { actor } = await requireSignIn(request, db, ctx.clock);
        const { taskId } = request.params;
        const found = await findTask(db, actor.ownerId, taskId);
        if (!found) throw notFound('The task');
        // Someone else's task is not the person's to know of: it answers as an unknown id.
        if (!can(actor, 'task.complete', found)) throw notFound('The task', { entity: 'task', entityId: taskId, studentId: found.studentId });
        if (!mayMarkDone(found.kind)) throw new AppError('conflict', 'A "contact home" task is done by logging the contact');
        if (!(await completeTask(db, actor.ownerId, actor.staffId, taskId, ctx.clock.now()))) throw new AppError('conflict', 'The task is already done');
        await writeAudit(db, { ownerId: actor.ownerId, actorStaffId: actor.staffId, action: 'update', entity: 'task', entityId: taskId, studentId: found.studentId, detail: { done: true } });
        return oneOfMine(actor.ownerId, actor.staffId, taskId);
      },
    );

    app.post(
      '/api/tasks/:taskId/contact',
      {
        schema: {
          summary: 'Do a "contact home" task by logging the contact: reached or message left closes it, not reached keeps it open',
          tags: ['tasks'],
          params: taskParams,
          body: taskContactBody,
          response: { 200: loggedTaskContact, ...errors },
        },
      },
      async (request) => {
        const { actor } = await requireSignIn(request, db, ctx.clock);
        const { taskId } = request.params;
        const found = await findTask(db, actor.ownerId, taskId);
        if (!found) throw notFound('The task');
        if (!can(actor, 'task.complete', found)) throw notFound('The task', { entity: 'task', entityId: taskId, studentId: found.studentId });
        const { outcome, channel, note } = request.body;
        const logged = await logTaskContact(db, { ownerId: actor.ownerId, taskId, staffId: actor.staffId, now: ctx.clock.now(), outcome, channel, note: note || null });
        if (!logged.ok) {
          if (logged.refusal === 'not_found') throw notFound('The task');
          throw new AppError('conflict', logged.refusal === 'task_done' ? 'The task is already done' : 'This task is not done by logging a contact');
        }
        await writeAudit(db, {
          ownerId: actor.ownerId,
          actorStaffId: actor.staffId,
          action: 'create',
          entity: 'home_contact',
          entityId: logged.contactId,
          studentId: logged.studentId,
          detail: { taskId, outcome, channel, taskClosed: logged.taskClosed },
        });
        return { contactId: logged.contactId, undoableUntil: undoableUntil(logged.recordedAt).toISOString(), task: await oneOfMine(actor.ownerId, actor.staffId, taskId) };
      },
    );

    app.post(
      '/api/home-contacts/:contactId/undo',
      { schema: { summary: 'Take back a contact just logged from a task: the contact goes, the task is as before', tags: ['tasks'], params: homeContactParams, response: { 200: task, ...errors } } },
      async (request) => {
        const { actor } = await requireSignIn(request, db, ctx.clock);
        const { contactId } = request.params;
        const contact = await findContactStudent(db, actor.ownerId, contactId);
        if (!contact) throw notFound('The contact');
        const undone = await undoTaskContact(db, { ownerId: actor.ownerId, contactId, staffId: actor.staffId, now: ctx.clock.now() });
        if (!undone.ok) {
          if (undone.refusal === 'not_found') throw notFound('The contact');
          // Only the contacts one logged can be taken back; another's answers as an unknown id.
          if (undone.refusal === 'not_yours') throw notFound('The contact', { entity: 'home_contact', entityId: contactId, studentId: contact.studentId });
          throw new AppError('conflict', undone.refusal === 'too_late' ? 'The time to take the contact back has run out' : 'The contact can no longer be taken back');
        }
        await writeAudit(db, {
          ownerId: actor.ownerId,
          actorStaffId: actor.staffId,
          action: 'delete',
          entity: 'home_contact',
          entityId: contactId,
          studentId: undone.studentId,
          detail: { undo: true, taskId: undone.taskId, taskReopened: undone.reopened },
        });
        return oneOfMine(actor.ownerId, actor.staffId, undone.taskId);
      },
    );
  };
