/**
 * Upload a file from the school's administrative system (multipart, field `file`; several for
 * OneRoster). The answer streams JSON lines: progress while the file is read and written, then
 * the result. A rejected file changes nothing; an imported one re-runs the rules for the school.
 */
import { PassThrough } from 'node:stream';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { apiError, importParams, type ImportProgressLine, type ImportResultLine } from '../../shared/api.js';
import { importFile } from '../../imports/import-file.js';
import { archiveAgreementDocument } from '../ot/make-agreement-document.js';
import { importOneRoster } from '../../imports/import-oneroster.js';
import type { ImportFile, ImportProgress } from '../../imports/import-types.js';
import { reevaluateStudents } from '../../data/reevaluate-students.js';
import type { Actor } from '../../data/load-actor.js';
import { schoolExists } from '../../data/school-exists.js';
import { can } from '../../domain/access-policy.js';
import { requireSignIn } from '../auth/request-actor.js';
import { AppError, forbidden, notFound } from '../errors.js';
import { MAX_IMPORT_FILE_BYTES } from '../../shared/import-limits.js';
import type { RouteContext } from './context.js';

/** The most one upload carries (docs/imports/README.md, "Limits"); the multipart parser is registered with it. */
export const MAX_IMPORT_BYTES = MAX_IMPORT_FILE_BYTES;
/** Room for the multipart envelope around the files: boundaries and part headers. */
const ENVELOPE_BYTES = 64 * 1024;

const tooLarge = () =>
  new AppError('too_large', `The file is larger than ${MAX_IMPORT_BYTES / 1024 / 1024} MB, the most Varde imports at once: split it, for example by month`, [
    { path: 'body.file', message: `is larger than ${MAX_IMPORT_BYTES / 1024 / 1024} MB` },
  ]);

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
        bodyLimit: MAX_IMPORT_BYTES + ENVELOPE_BYTES,
      },
      async (request, reply) => {
        const { actor } = await requireSignIn(request, db, ctx.clock);
        const { schoolId, kind } = request.params;
        requireImporter(actor, schoolId);
        if (!(await schoolExists(db, actor.ownerId, schoolId))) throw notFound('The school');
        if (!request.isMultipart()) throw new AppError('validation_failed', 'Send the file as multipart/form-data in the field "file"');
        // Refused before a byte of it is read when the request says how large it is.
        if (Number(request.headers['content-length'] ?? 0) > MAX_IMPORT_BYTES + ENVELOPE_BYTES) throw tooLarge();
        const files: ImportFile[] = [];
        let total = 0;
        try {
          // The limit holds for each file as it streams in, and for all the files together.
          for await (const part of request.files({ limits: { fileSize: MAX_IMPORT_BYTES, files: 20 } })) {
            const data = await part.toBuffer();
            total += data.byteLength;
            if (part.file.truncated || total > MAX_IMPORT_BYTES) throw tooLarge();
            files.push({ name: part.filename, data });
          }
        } catch (error) {
          if ((error as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE') throw tooLarge();
          throw error;
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
        const common = { ownerId: actor.ownerId, schoolId, actorStaffId: actor.staffId, via: 'web' as const, today: ctx.clock.today(), onProgress, archiveAgreement: archiveAgreementDocument };
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
                : { problems: result.problems, problemCount: result.problemCount }),
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
