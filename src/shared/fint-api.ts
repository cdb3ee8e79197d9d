/**
 * The contract of a FINT sync run from the web app (`POST /api/owner/fint-sync`,
 * docs/imports/fint.md): the Varde school to sync into, FINT's school (its systemId, skolenummer
 * or organisasjonsnummer), and the report — what changed, or the problems that stopped it, each
 * with its FINT resource and systemId and a key of the FINT catalogs (src/shared/fint-problems).
 */
import { z } from 'zod';

/** The owner's schools, that a FINT sync can go into. */
export const fintSyncSchools = z.object({ schools: z.array(z.object({ id: z.string().uuid(), name: z.string() })) });
export type FintSyncSchools = z.infer<typeof fintSyncSchools>;

export const fintSyncBody = z.object({
  schoolId: z.string().uuid(),
  fintSchool: z.string().trim().min(1).max(100),
});
export type FintSyncBody = z.input<typeof fintSyncBody>;

const person = z.object({ externalId: z.string(), name: z.string() });
const membership = z.object({ group: z.string(), student: z.string() });

const problemParam = z.union([z.string(), z.number(), z.null(), z.array(z.string()), z.object({ oneOf: z.array(z.string()) }), z.object({ word: z.string() })]);

export const fintSyncProblem = z.object({
  code: z.string(),
  /** The FINT collection the resource came from (`elev`, `basisgruppe`, …). */
  resource: z.string(),
  /** Its systemId, or null for the school asked for. */
  id: z.string().nullable(),
  field: z.string().nullable(),
  /** A key under `fintProblem` in the FINT catalogs. */
  text: z.string(),
  params: z.record(z.string(), problemParam),
});
export type FintSyncProblem = z.infer<typeof fintSyncProblem>;

const synced = z.object({
  status: z.literal('synced'),
  school: z.object({ systemId: z.string(), name: z.string().nullable() }),
  schoolYear: z.object({ id: z.string(), name: z.string() }),
  changes: z.object({
    groupsAdded: z.array(z.string()),
    studentsAdded: z.array(person),
    studentsUpdated: z.array(person),
    studentsGone: z.array(person),
    membershipsAdded: z.array(membership),
    membershipsEnded: z.array(membership.extend({ endsOn: z.string() })),
    membershipsUpdated: z.array(membership),
    staffAdded: z.array(person),
  }),
  counts: z.record(z.string(), z.object({ inserted: z.number(), updated: z.number(), unchanged: z.number(), removed: z.number() })),
  skipped: z.record(z.string(), z.number()),
  /** Imported, but for the school to complete or check: a student without a birth date, a level Varde does not know. */
  warnings: z.array(fintSyncProblem).default([]),
  /** Feide names stored or changed, which sign-in matches on. */
  feideNamesChanged: z.number().default(0),
  durationMs: z.number(),
});
/** FINT's data was refused: nothing stored. */
const rejected = z.object({ status: z.literal('rejected'), problems: z.array(fintSyncProblem), durationMs: z.number() });
/** FINT could not be read (unreachable, refused the token, failed halfway): nothing stored. */
const failed = z.object({
  status: z.literal('failed'),
  error: z.object({ code: z.string(), message: z.string(), collection: z.string().optional(), offset: z.number().optional(), status: z.number().optional() }),
  durationMs: z.number(),
});

/** The answer of a sync run from the web app: the run kept, and its report (a failure answers 409). */
export const fintSyncReport = z.discriminatedUnion('status', [synced.extend({ runId: z.string().uuid() }), rejected.extend({ runId: z.string().uuid() })]);
export type FintSyncReport = z.infer<typeof fintSyncReport>;

export const fintSyncTrigger = z.enum(['web', 'cli', 'schedule']);

/** A kept run, in numbers (src/imports/fint/fint-sync-runs.ts). */
export const fintSyncRunSummary = z.object({
  id: z.string().uuid(),
  schoolId: z.string().uuid(),
  schoolName: z.string(),
  fintSchool: z.string(),
  trigger: fintSyncTrigger,
  /** Who started it; null for the schedule and the command line. */
  startedBy: z.string().nullable(),
  startedAt: z.string(),
  finishedAt: z.string(),
  status: z.enum(['synced', 'rejected', 'failed']),
  added: z.number(),
  ended: z.number(),
  updated: z.number(),
  problems: z.number(),
  warnings: z.number(),
  error: z.string().nullable(),
  /** What kind of failure (src/imports/fint/fint-client.ts `FintErrorCode`), for the words; null unless failed. */
  errorCode: z.string().nullable(),
});
export type FintSyncRunSummary = z.infer<typeof fintSyncRunSummary>;

export const fintSyncRunsQuery = z.object({ schoolId: z.string().uuid().optional() });
export const fintSyncRuns = z.object({ runs: z.array(fintSyncRunSummary) });
export type FintSyncRuns = z.infer<typeof fintSyncRuns>;

/** One kept run with its whole report. */
export const fintSyncRun = fintSyncRunSummary.extend({ report: z.discriminatedUnion('status', [synced, rejected, failed]) });
export type FintSyncRun = z.infer<typeof fintSyncRun>;

/** A school's daily sync (src/imports/fint/fint-sync-schedules.ts). */
export const fintSyncSchedule = z.object({
  schoolId: z.string().uuid(),
  schoolName: z.string(),
  fintSchool: z.string(),
  /** HH:MM, Norwegian time. */
  timeOfDay: z.string(),
  enabled: z.boolean(),
  /** When it is next due; null when it is off. */
  nextRunAt: z.string().nullable(),
  updatedBy: z.string(),
  updatedAt: z.string(),
});
export type FintSyncSchedule = z.infer<typeof fintSyncSchedule>;
export const fintSyncSchedules = z.object({ schedules: z.array(fintSyncSchedule) });
export type FintSyncSchedules = z.infer<typeof fintSyncSchedules>;

export const fintSyncScheduleParams = z.object({ schoolId: z.string().uuid() });
export const fintSyncScheduleBody = z.object({
  fintSchool: z.string().trim().min(1).max(100),
  timeOfDay: z.string().regex(/^([01][0-9]|2[0-3]):[0-5][0-9]$/, 'must be a time of day written HH:MM (00:00–23:59)'),
  enabled: z.boolean(),
});
export type FintSyncScheduleBody = z.input<typeof fintSyncScheduleBody>;
