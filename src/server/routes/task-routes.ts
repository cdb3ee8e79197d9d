/** "Mine oppgaver": what the signed-in person must do, by when. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { apiError, myTasks, task, taskParams, type Task } from '../../shared/api.js';
import { completeTask } from '../../data/complete-task.js';
import { findMyTasks } from '../../data/find-my-tasks.js';
import { findTask } from '../../data/find-task.js';
import { can } from '../../domain/access-policy.js';
import { requireSignIn } from '../auth/request-actor.js';
import { AppError, forbidden, notFound } from '../errors.js';
import { presentFlag } from '../presenters/present-flag.js';
import type { RouteContext } from './context.js';

type Loaded = Awaited<ReturnType<typeof findMyTasks>>[number];
const presentTask = (t: Loaded): Task => ({
  id: t.id,
  kind: t.kind as Task['kind'],
  dueOn: t.dueOn,
  overdue: t.overdue,
  doneAt: t.doneAt?.toISOString() ?? null,
  student: t.student,
  flag: t.flag ? presentFlag(t.flag) : null,
  caseId: t.caseId,
});

export const taskRoutes =
  (ctx: RouteContext): FastifyPluginAsyncZod =>
  async (app) => {
    const { db } = ctx.database;
    app.get(
      '/api/me/tasks',
      { schema: { summary: 'My tasks, overdue first', tags: ['tasks'], response: { 200: myTasks, 401: apiError } } },
      async (request) => {
        const { actor } = await requireSignIn(request, db, ctx.clock);
        return { tasks: (await findMyTasks(db, actor.ownerId, actor.staffId, ctx.clock.today())).map(presentTask) };
      },
    );
    app.post(
      '/api/tasks/:taskId/done',
      { schema: { summary: 'Mark one of my tasks as done', tags: ['tasks'], params: taskParams, response: { 200: task, 401: apiError, 403: apiError, 404: apiError, 409: apiError } } },
      async (request) => {
        const { actor } = await requireSignIn(request, db, ctx.clock);
        const { taskId } = request.params;
        const found = await findTask(db, actor.ownerId, taskId);
        if (!found) throw notFound('The task');
        if (!can(actor, 'task.complete', found)) throw forbidden('Only the person the task is for can mark it as done');
        if (!(await completeTask(db, actor.ownerId, actor.staffId, taskId, ctx.clock.now()))) throw new AppError('conflict', 'The task is already done');
        const mine = await findMyTasks(db, actor.ownerId, actor.staffId, ctx.clock.today());
        return presentTask(mine.find((t) => t.id === taskId)!);
      },
    );
  };
