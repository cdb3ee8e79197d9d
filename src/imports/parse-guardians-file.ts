/**
 * The guardian file (foresatte): one row per student and guardian, with the relation, whether
 * the guardian has parental responsibility (foreldreansvar: who is summoned and gets copies
 * while the student is under 18) and how to reach them. A student the file lists gets exactly
 * the guardians the file gives; students it does not list keep theirs. See
 * docs/imports/guardians.md.
 */
import { and, eq, inArray, isNull } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '../db/database.js';
import { guardians, studentGuardians } from '../db/schema.js';
import { choice, nationalIdShown, optionalChoice, optionalEmail, optionalNationalId, optionalText, requiredYesNo, spellings, text, yesNo } from './field-schemas.js';
import type { PlanBuilder, PlanDependencies } from './file-import-kind.js';
import { findStudent, orReport } from './find-references.js';
import { findNationalIdHolders, NationalIdsInFile } from './national-ids-in-file.js';
import { shown, type ProblemList } from './import-problems.js';
import type { SchoolReferences } from './load-school-references.js';
import type { ColumnSpec } from './match-columns.js';
import type { RowContext } from './read-rows.js';

export const guardianColumns = [
  { key: 'studentNumber', name: 'elevnummer', aliases: ['elevnr', 'elev-id'], required: true },
  { key: 'guardianId', name: 'foresatt-id', aliases: ['foresattnummer', 'foresattid'], required: true },
  { key: 'givenName', name: 'fornavn', aliases: [], required: true },
  { key: 'familyName', name: 'etternavn', aliases: [], required: true },
  { key: 'relation', name: 'relasjon', aliases: ['relasjon til eleven', 'rolle'], required: true },
  { key: 'parentalResponsibility', name: 'foreldreansvar', aliases: [], required: true },
  { key: 'livesWithStudent', name: 'bor med eleven', aliases: ['bor sammen med eleven', 'samme adresse'], required: false },
  { key: 'phone', name: 'telefon', aliases: ['mobil', 'mobilnummer'], required: false },
  { key: 'email', name: 'e-post', aliases: ['epost', 'e-postadresse'], required: false },
  // The language the guardian's notices are written in (issue 15); empty: the school's.
  { key: 'noticeLanguage', name: 'målform', aliases: ['malform', 'språk', 'sprak'], required: false },
  // What ID-porten sign-in finds the guardian by (issue 14): kept only as a keyed hash.
  { key: 'nationalId', name: 'fødselsnummer', aliases: ['fodselsnummer', 'fnr', 'personnummer', 'd-nummer'], required: false, shownAs: nationalIdShown },
] as const satisfies readonly ColumnSpec[];
export type GuardianColumn = (typeof guardianColumns)[number]['key'];

/** The relations Varde knows, each spelt as it is kept. */
export const guardianRelations = ['mor', 'far', 'forelder', 'stemor', 'stefar', 'fostermor', 'fosterfar', 'verge', 'besteforelder', 'annen'] as const;
const relationSpellings = spellings<string>([
  ...guardianRelations.map((r) => [r, r] as const),
  ['besteforelder', 'bestemor', 'bestefar'],
  ['annen', 'annen foresatt', 'annet'],
]);

const languageSpellings = spellings<'nb' | 'nn'>([
  ['nb', 'bokmål', 'bokmal', 'nb', 'nob'],
  ['nn', 'nynorsk', 'nn', 'nno'],
]);

export const guardianFields = {
  studentNumber: text({ max: 50 }),
  guardianId: text({ max: 100 }),
  givenName: text({ max: 100 }),
  familyName: text({ max: 100 }),
  relation: choice(relationSpellings, guardianRelations),
  parentalResponsibility: requiredYesNo(),
  livesWithStudent: yesNo(true),
  phone: optionalText({ max: 30 }),
  email: optionalEmail(),
  noticeLanguage: optionalChoice(languageSpellings, ['bokmål', 'nynorsk']),
  nationalId: optionalNationalId(),
};
export const guardianRowSchema = z.object(guardianFields);
export type GuardianFileRow = z.infer<typeof guardianRowSchema>;

export interface PlannedGuardian {
  externalId: string;
  givenName: string;
  familyName: string;
  phone: string | null;
  email: string | null;
  noticeLanguage: 'nb' | 'nn' | null;
  adoptId?: string;
  /** The keyed hash of the file's national identity number; null keeps the one Varde has. */
  nationalIdHash: string | null;
}

export interface PlannedLink {
  studentId: string;
  guardianExternalId: string;
  relation: string;
  parentalResponsibility: boolean;
  livesWithStudent: boolean;
}

export interface GuardiansPlan {
  guardians: PlannedGuardian[];
  links: PlannedLink[];
  /** The students the file lists: their guardians are exactly the file's. */
  studentIds: string[];
  present: ReadonlySet<GuardianColumn>;
}

export function planGuardians(refs: SchoolReferences, dependencies: PlanDependencies): PlanBuilder<GuardianColumn, GuardianFileRow, GuardiansPlan> {
  const byId = new Map<string, PlannedGuardian & { row: number }>();
  const nationalIds = new NationalIdsInFile<GuardianColumn>('nationalId', dependencies.hashNationalId);
  const links: PlannedLink[] = [];
  const firstRow = new Map<string, number>();
  return {
    add(row: Partial<GuardianFileRow>, context: RowContext<GuardianColumn>) {
      const student = row.studentNumber === undefined ? undefined : orReport(findStudent(refs, row.studentNumber), context, 'studentNumber');
      if (row.studentNumber !== undefined && row.guardianId !== undefined) {
        const key = `${row.studentNumber}\u0000${row.guardianId}`;
        const earlier = firstRow.get(key);
        if (earlier !== undefined) context.report('duplicate_row', 'guardianId', 'duplicateGuardian', { first: earlier });
        else firstRow.set(key, context.row);
      }
      const nationalIdHash = row.nationalId && row.guardianId !== undefined ? nationalIds.add(row.nationalId, row.guardianId, context) : null;
      if (row.guardianId !== undefined) {
        const seen = byId.get(row.guardianId);
        const differs = (key: 'givenName' | 'familyName' | 'phone' | 'email') => row[key] !== undefined && seen![key] !== row[key];
        if (seen) {
          for (const key of ['givenName', 'familyName', 'phone', 'email'] as const) {
            if (differs(key)) {
              context.report('conflicting_details', key, 'guardianDetailsDiffer', { guardian: shown(row.guardianId), other: seen[key] === null ? null : shown(seen[key]), first: seen.row });
            }
          }
          // The number is not shown back, not even the other row's.
          if (row.nationalId !== undefined && seen.nationalIdHash !== nationalIdHash) {
            context.report('conflicting_details', 'nationalId', 'nationalIdDiffers', { guardian: shown(row.guardianId), first: seen.row });
          }
        }
      }
      if (!context.ok || !student) return;
      const r = row as GuardianFileRow;
      if (!byId.has(r.guardianId)) {
        byId.set(r.guardianId, { row: context.row, externalId: r.guardianId, givenName: r.givenName, familyName: r.familyName, phone: r.phone, email: r.email, noticeLanguage: r.noticeLanguage, nationalIdHash });
      }
      links.push({
        studentId: student.id,
        guardianExternalId: r.guardianId,
        relation: r.relation,
        parentalResponsibility: r.parentalResponsibility,
        livesWithStudent: r.livesWithStudent,
      });
    },

    async finish(db: Db, problems: ProblemList, present: ReadonlySet<GuardianColumn>) {
      const planned = [...byId.values()].map(({ row: _row, ...g }) => g);
      await recogniseGuardiansWithoutId(db, refs.ownerId, planned, links);
      // Unique per owner in the database: another guardian's number would fail the write.
      const holders = await findNationalIdHolders(db, 'guardians', refs.ownerId, nationalIds.hashes());
      for (const g of planned) {
        const holder = g.nationalIdHash ? holders.get(g.nationalIdHash) : undefined;
        if (holder && holder.externalId !== g.externalId && holder.id !== g.adoptId) nationalIds.reportHeld(problems, g.externalId, holder.name);
      }
      return { guardians: planned, links, studentIds: [...new Set(links.map((l) => l.studentId))], present };
    },
  };
}

/**
 * A guardian already linked to the student but without an id (entered by hand, or from the
 * demo) is the same person when the name matches: the guardian gets the id instead of a twin.
 */
async function recogniseGuardiansWithoutId(db: Db, ownerId: string, planned: PlannedGuardian[], links: PlannedLink[]): Promise<void> {
  const studentIds = [...new Set(links.map((l) => l.studentId))];
  if (studentIds.length === 0) return;
  const existing = await db
    .select({ id: guardians.id, studentId: studentGuardians.studentId, givenName: guardians.givenName, familyName: guardians.familyName })
    .from(studentGuardians)
    .innerJoin(guardians, and(eq(guardians.ownerId, studentGuardians.ownerId), eq(guardians.id, studentGuardians.guardianId)))
    .where(and(eq(studentGuardians.ownerId, ownerId), inArray(studentGuardians.studentId, studentIds), isNull(guardians.externalId)));
  if (existing.length === 0) return;
  // An id already in Varde belongs to that guardian; only new ids are given to someone.
  const known = new Set(
    (
      await db
        .select({ externalId: guardians.externalId })
        .from(guardians)
        .where(and(eq(guardians.ownerId, ownerId), inArray(guardians.externalId, planned.map((p) => p.externalId))))
    ).map((g) => g.externalId),
  );
  const key = (studentId: string, given: string, family: string) => `${studentId}\u0000${given.toLowerCase()}\u0000${family.toLowerCase()}`;
  const byKey = new Map(existing.map((e) => [key(e.studentId, e.givenName, e.familyName), e.id]));
  const byExternal = new Map(planned.map((p) => [p.externalId, p]));
  const taken = new Set<string>();
  for (const link of links) {
    const guardian = byExternal.get(link.guardianExternalId)!;
    const id = byKey.get(key(link.studentId, guardian.givenName, guardian.familyName));
    if (id && !guardian.adoptId && !known.has(guardian.externalId) && !taken.has(id)) {
      guardian.adoptId = id;
      taken.add(id);
    }
  }
}
