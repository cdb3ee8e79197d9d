/**
 * Upload a file from the school's administrative system (multipart, field `file`; several for
 * OneRoster). The answer streams JSON lines: progress while the file is read and written, then
 * the result. A rejected file changes nothing; an imported one re-runs the rules for the school.
 */
import { PassThrough } from 'node:stream';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { apiError, importParams, type ImportProgressLine, type ImportResultLine } from '../../shared/api.js';
import { importFile } from '../../imports/import-file.js';
import { importOneRoster } from '../../imports/import-oneroster.js';
import type { ImportFile, ImportProgress } from '../../imports/import-types.js';
import { reevaluateStudents } from '../../data/reevaluate-students.js';
import type { Actor } from '../../data/load-actor.js';
import { schoolExists } from '../../data/school-exists.js';
import { can } from '../../domain/access-policy.js';
import { requireSignIn } from '../auth/request-actor.js';
import { AppError, forbidden, notFound } from '../errors.js';
import type { RouteContext } from './context.js';

export const MAX_IMPORT_BYTES = 200 * 1024 * 1024;
/** A file with one mistake in a million rows would otherwise send a million problems. */
const MAX_PROBLEMS_SHOWN = 1000;

function requireImporter(actor: Actor, schoolId: string) {
  if (!can(actor, 'school.import_files', { schoolId })) throw forbidden('Only the school’s leadership or an administrator imports files');
}

export const importRoutes =
  (ctx: RouteContext): FastifyPluginAsyncZod =>
  async (app) => {
    const { db } = ctx.database;
    app.post(
      '/api/schools/:schoolId/imports/:kind',
      {
        schema: {
          summary: 'Import a file (multipart, field "file"); answers with JSON lines: progress, then the result',
          tags: ['imports'],
          params: importParams,
          response: { 400: apiError, 401: apiError, 403: apiError, 404: apiError, 413: apiError },
        },
        bodyLimit: MAX_IMPORT_BYTES,
      },
      async (request, reply) => {
        const { actor } = await requireSignIn(request, db, ctx.clock);
        const { schoolId, kind } = request.params;
        requireImporter(actor, schoolId);
        if (!(await schoolExists(db, actor.ownerId, schoolId))) throw notFound('The school');
        if (!request.isMultipart()) throw new AppError('validation_failed', 'Send the file as multipart/form-data in the field "file"');
        const files: ImportFile[] = [];
        for await (const part of request.files({ limits: { fileSize: MAX_IMPORT_BYTES, files: 20 } })) {
          const data = await part.toBuffer();
          if (part.file.truncated) throw new AppError('validation_failed', `${part.filename}: the file is larger than ${MAX_IMPORT_BYTES / 1024 / 1024} MB`);
          files.push({ name: part.filename, data });
        }
        if (files.length === 0) throw new AppError('validation_failed', 'No file came with the request', [{ path: 'body.file', message: 'is missing' }]);
        if (kind !== 'oneroster' && files.length > 1) throw new AppError('validation_failed', 'Send one file at a time (several only for OneRoster)', [{ path: 'body.file', message: 'one file expected' }]);

        const out = new PassThrough();
        reply.header('content-type', 'application/x-ndjson; charset=utf-8').header('cache-control', 'no-store');
        const send = (line: ImportProgressLine | ImportResultLine) => out.write(`${JSON.stringify(line)}\n`);
        let lastSent = 0;
        const onProgress = (p: ImportProgress) => {
          // A line per 1 % or so is plenty for a progress bar.
          const now = performance.now();
          if (now - lastSent < 100 && p.rowsWritten !== p.rowsToWrite) return;
          lastSent = now;
          send({ type: 'progress', ...p });
        };
        const common = { ownerId: actor.ownerId, schoolId, actorStaffId: actor.staffId, via: 'web' as const, today: ctx.clock.today(), onProgress };
        void (async () => {
          try {
            const result =
              kind === 'oneroster' ? await importOneRoster(db, { ...common, files }) : await importFile(db, { ...common, kind, file: files[0]! });
            let newFlags: number | undefined;
            if (result.status === 'imported') {
              send({ type: 'progress', phase: 'evaluating', rowsRead: result.rows, rowsWritten: result.rows });
              newFlags = (await reevaluateStudents(db, { ownerId: actor.ownerId, schoolId, today: ctx.clock.today() })).newFlags.length;
            }
            send({
              type: 'result',
              status: result.status,
              files: result.files,
              rows: result.rows,
              durationMs: result.durationMs,
              ...(result.status === 'imported'
                ? { counts: result.counts, ignored: result.ignored, newFlags }
                : { problems: result.problems.slice(0, MAX_PROBLEMS_SHOWN), problemCount: result.problems.length }),
            });
          } catch (error) {
            request.log.error({ err: error }, 'import failed');
            send({ type: 'result', status: 'rejected', files: files.map((f) => f.name), rows: 0, durationMs: 0, problems: [{ code: 'internal', row: null, column: null, text: 'internal' }] });
          } finally {
            out.end();
          }
        })();
        // The 200 answer is a stream of lines, outside the JSON response schemas.
        return reply.send(out as never);
      },
    );
  };
