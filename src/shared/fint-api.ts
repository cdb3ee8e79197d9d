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

export const fintSyncReport = z.discriminatedUnion('status', [
  z.object({
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
    durationMs: z.number(),
  }),
  /** FINT's data was refused: nothing stored. */
  z.object({ status: z.literal('rejected'), problems: z.array(fintSyncProblem), durationMs: z.number() }),
]);
export type FintSyncReport = z.infer<typeof fintSyncReport>;
