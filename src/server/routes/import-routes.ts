/**
 * Upload a file from the school's administrative system (multipart, field `file`; several for
 * OneRoster). The answer streams JSON lines: progress while the file is read and written, then
 * the result. A rejected file changes nothing; an imported one re-runs the rules for the school.
 *
 * The owner's imports (`/api/owner/imports/:kind`) choose no school: the schools file creates and
 * updates the owner's schools, and a OneRoster set finds its school by its org (or creates it).
 */
import { PassThrough } from 'node:stream';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { apiError, importParams, importQuery, ownerImportParams, type ImportProgressLine, type ImportResultLine } from '../../shared/api.js';
import { importFile } from '../../imports/import-file.js';
import { importSchools } from '../../imports/import-schools.js';
import { archiveAgreementDocument } from '../ot/make-agreement-document.js';
import { importOneRoster } from '../../imports/import-oneroster.js';
import type { ImportFile, ImportProgress, ImportResult } from '../../imports/import-types.js';
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

/** The org of a OneRoster set with several schools (`?org=`); another kind of file has no orgs to choose among. */
function orgOf(kind: string, org: string | undefined): string | undefined {
  if (org !== undefined && kind !== 'oneroster') throw new AppError('validation_failed', 'Only a OneRoster set has orgs to choose among', [{ path: 'querystring.org', message: 'only for oneroster' }]);
  return org;
}

function requireImporter(actor: Actor, schoolId: string) {
  if (!can(actor, 'school.import_files', { schoolId })) throw forbidden('Only the school’s leadership or an administrator imports files');
}

/** The uploaded files, each within the limit and all of them together; one file unless the kind is OneRoster. */
async function readUpload(request: FastifyRequest, kind: string): Promise<ImportFile[]> {
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
  return files;
}

/**
 * Answers with a stream of JSON lines: progress while `run` reads and writes, then its result.
 * `afterImport` runs once a file is imported (the rules re-run), and says how many flags are new.
 */
function streamImport(
  request: FastifyRequest,
  reply: FastifyReply,
  files: readonly ImportFile[],
  run: (onProgress: (p: ImportProgress) => void) => Promise<ImportResult>,
  afterImport: (result: Extract<ImportResult, { status: 'imported' }>) => Promise<number | undefined>,
) {
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
  void (async () => {
    try {
      const result = await run(onProgress);
      let newFlags: number | undefined;
      if (result.status === 'imported') {
        send({ type: 'progress', phase: 'evaluating', rowsRead: result.rows, rowsWritten: result.rows });
        newFlags = await afterImport(result);
      }
      send({
        type: 'result',
        status: result.status,
        files: result.files,
        rows: result.rows,
        durationMs: result.durationMs,
        ...(result.status === 'imported'
          ? {
              counts: result.counts,
              ignored: result.ignored,
              newFlags,
              ...(result.schools ? { schools: result.schools } : {}),
              ...(result.notes ? { notes: result.notes } : {}),
            }
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
          querystring: importQuery,
          response: { 400: apiError, 401: apiError, 403: apiError, 404: apiError, 413: apiError },
        },
        bodyLimit: MAX_IMPORT_BYTES + ENVELOPE_BYTES,
      },
      async (request, reply) => {
        const { actor } = await requireSignIn(request, db, ctx.clock);
        const { schoolId, kind } = request.params;
        requireImporter(actor, schoolId);
        const org = orgOf(kind, request.query.org);
        if (!(await schoolExists(db, actor.ownerId, schoolId))) throw notFound('The school');
        const files = await readUpload(request, kind);
        const common = { ownerId: actor.ownerId, schoolId, actorStaffId: actor.staffId, via: 'web' as const, today: ctx.clock.today(), archiveAgreement: archiveAgreementDocument, hashNationalId: ctx.keys.hashNationalId };
        return streamImport(
          request,
          reply,
          files,
          (onProgress) =>
            kind === 'oneroster' ? importOneRoster(db, { ...common, onProgress, files, org }) : importFile(db, { ...common, onProgress, kind, file: files[0]! }),
          async () => (await reevaluateStudents(db, { ownerId: actor.ownerId, schoolId, today: ctx.clock.today() })).newFlags.length,
        );
      },
    );

    app.post(
      '/api/owner/imports/:kind',
      {
        schema: {
          summary: 'Import the schools file, or a OneRoster set that finds or creates its school, for the owner (multipart, field "file"); answers with JSON lines',
          tags: ['imports'],
          params: ownerImportParams,
          querystring: importQuery,
          response: { 400: apiError, 401: apiError, 403: apiError, 413: apiError },
        },
        bodyLimit: MAX_IMPORT_BYTES + ENVELOPE_BYTES,
      },
      async (request, reply) => {
        const { actor } = await requireSignIn(request, db, ctx.clock);
        const { kind } = request.params;
        if (!can(actor, 'owner.import_schools', {})) throw forbidden('Only an administrator imports the owner’s schools');
        const org = orgOf(kind, request.query.org);
        const files = await readUpload(request, kind);
        const common = { ownerId: actor.ownerId, actorStaffId: actor.staffId, via: 'web' as const, today: ctx.clock.today(), archiveAgreement: archiveAgreementDocument };
        return streamImport(
          request,
          reply,
          files,
          (onProgress) => (kind === 'oneroster' ? importOneRoster(db, { ...common, onProgress, files, org }) : importSchools(db, { ...common, onProgress, file: files[0]! })),
          async (result) => {
            // The school a set went into has new students and groups; a school whose kind changed may follow another profile now.
            const schoolIds = (result.schools ?? []).filter((s) => kind === 'oneroster' || s.changes.some((c) => c.field === 'kind')).map((s) => s.id);
            let newFlags = 0;
            for (const schoolId of schoolIds) newFlags += (await reevaluateStudents(db, { ownerId: actor.ownerId, schoolId, today: ctx.clock.today() })).newFlags.length;
            return schoolIds.length > 0 ? newFlags : undefined;
          },
        );
      },
    );
  };
