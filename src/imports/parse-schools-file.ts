/**
 * The schools file (skoler): the owner's schools with their organisation number, kind
 * (skoleslag) and municipality, and the administrative system's id when it has one. See
 * docs/imports/schools.md.
 *
 * A row is the school Varde already has with the row's skole-id, else with its organisation
 * number, else with its name; otherwise it is a new school. So a school that Varde has without
 * a skole-id (the demo school, one made before) is recognised and given the id, and a school
 * whose name changes keeps its records.
 */
import { z } from 'zod';
import type { Db } from '../db/database.js';
import { orgNumberDigits, parseOrgNumber } from '../domain/org-number.js';
import type { SchoolKind } from '../domain/vocabulary.js';
import { fail, optionalText, text } from './field-schemas.js';
import type { PlanBuilder } from './file-import-kind.js';
import { shown, type ProblemList } from './import-problems.js';
import { findOwnerSchool, type OwnerSchool } from './load-owner-schools.js';
import type { ColumnSpec } from './match-columns.js';
import type { RowContext } from './read-rows.js';

export const schoolColumns = [
  { key: 'externalId', name: 'skole-id', aliases: ['skoleid', 'skule-id', 'skolenummer', 'skulenummer', 'school id', 'external id'], required: false },
  { key: 'name', name: 'skolenavn', aliases: ['navn', 'skole', 'skulenamn', 'skule', 'school name', 'school', 'name'], required: true },
  {
    key: 'orgNumber',
    name: 'organisasjonsnummer',
    aliases: ['orgnr', 'org.nr.', 'organisasjonsnr', 'orgnummer', 'organization number', 'organisation number', 'org number'],
    required: true,
  },
  { key: 'kind', name: 'skoleslag', aliases: ['skuleslag', 'skoletype', 'skuletype', 'school kind', 'school type', 'kind'], required: true },
  { key: 'municipality', name: 'kommune', aliases: ['kommunenavn', 'kommunenamn', 'municipality'], required: true },
] as const satisfies readonly ColumnSpec[];
export type SchoolColumn = (typeof schoolColumns)[number]['key'];

/** The kinds as the problem offers them: the words a person writes. */
export const schoolKindsOffered = ['barneskole', 'ungdomsskole', 'kombinert', 'videregående'] as const;

const kindSpellings = new Map<string, SchoolKind>([
  ...['barneskole', 'barneskule', '1-7', 'primary school', 'primary'].map((s) => [s, 'barneskole'] as const),
  ...['ungdomsskole', 'ungdomsskule', '8-10', 'lower secondary school', 'lower secondary'].map((s) => [s, 'ungdomsskole'] as const),
  ...['kombinert', 'kombinert skole', 'kombinert skule', '1-10', 'barne- og ungdomsskole', 'barne- og ungdomsskule', 'combined school', 'combined'].map(
    (s) => [s, 'kombinert'] as const,
  ),
  ...['vgs', 'videregående', 'videregående skole', 'vidaregåande', 'vidaregåande skule', 'upper secondary school', 'upper secondary'].map(
    (s) => [s, 'vgs'] as const,
  ),
]);

/** A kind as a person writes it, in any case, with any dash between trinn («1–10»); undefined when it is none. */
export function schoolKindOf(value: string): SchoolKind | undefined {
  const key = value
    .normalize('NFC')
    .toLowerCase()
    .replace(/[\u2010-\u2015]/g, '-')
    .replace(/\s*-\s*(?=\d)/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
  return kindSpellings.get(key);
}

/** The kind a cell gives; «grunnskole» alone does not say which trinn the school has. */
export function schoolKindField(options: { required: boolean }) {
  return z.string().transform((v, ctx): SchoolKind | null => {
    if (v === '') return options.required ? fail(ctx, 'required', 'required') : null;
    const kind = schoolKindOf(v);
    if (kind) return kind;
    if (/^grunnsk[ou]le$/i.test(v.trim())) return fail(ctx, 'invalid_choice', 'schoolKindNotSaid', { value: shown(v) });
    return fail(ctx, 'invalid_choice', 'invalidSchoolKind', { value: shown(v), choices: { oneOf: [...schoolKindsOffered] } });
  });
}

export const schoolFields = {
  externalId: optionalText({ max: 100 }),
  name: text({ max: 200 }),
  orgNumber: z.string().transform((v, ctx): string => {
    if (v === '') return fail(ctx, 'required', 'required');
    const digits = orgNumberDigits(v);
    if (digits === undefined) return fail(ctx, 'invalid_org_number', 'invalidOrgNumber', { value: shown(v) });
    return parseOrgNumber(digits) ?? fail(ctx, 'invalid_org_number', 'orgNumberCheckDigit', { value: shown(v) });
  }),
  kind: schoolKindField({ required: true }).transform((k) => k!),
  municipality: text({ max: 100 }),
};
export const schoolRowSchema = z.object(schoolFields);
export type SchoolFileRow = z.infer<typeof schoolRowSchema>;

export interface PlannedSchool {
  row: number;
  /** The school Varde has for the row; undefined for a new school. */
  existing: OwnerSchool | undefined;
  externalId: string | null;
  name: string;
  orgNumber: string;
  kind: SchoolKind;
  municipality: string;
}

export interface SchoolsPlan {
  schools: PlannedSchool[];
  present: ReadonlySet<SchoolColumn>;
}

export function planSchools(owned: readonly OwnerSchool[]): PlanBuilder<SchoolColumn, SchoolFileRow, SchoolsPlan> {
  const planned: PlannedSchool[] = [];
  const firstRowOf = { externalId: new Map<string, number>(), orgNumber: new Map<string, number>(), name: new Map<string, number>(), school: new Map<string, number>() };
  return {
    add(row: Partial<SchoolFileRow>, context: RowContext<SchoolColumn>) {
      const { externalId, name, orgNumber } = row;
      const once = (key: 'externalId' | 'orgNumber' | 'name', value: string | null | undefined, text: 'duplicateSchoolId' | 'duplicateOrgNumber' | 'duplicateSchoolName') => {
        if (!value) return;
        const seen = firstRowOf[key];
        // Names are the same whatever their case; ids and numbers as they are written.
        const same = key === 'name' ? value.toLowerCase() : value;
        const earlier = seen.get(same);
        if (earlier !== undefined) context.report('duplicate_row', key, text, { first: earlier });
        else seen.set(same, context.row);
      };
      once('externalId', externalId, 'duplicateSchoolId');
      once('orgNumber', orgNumber, 'duplicateOrgNumber');
      once('name', name, 'duplicateSchoolName');

      // Which school of Varde the row is, when its cells are good enough to tell.
      const identified = externalId !== undefined && orgNumber !== undefined && name !== undefined;
      const found = identified ? findOwnerSchool(owned, { externalId, orgNumber, name }) : undefined;
      const school = found?.school;
      if (found && found.by !== 'externalId' && externalId && school!.externalId && school!.externalId !== externalId) {
        context.report('external_id_in_use', 'externalId', 'schoolIdDiffers', { school: school!.name, id: shown(school!.externalId), value: shown(externalId) });
      }
      if (school) {
        const earlier = firstRowOf.school.get(school.id);
        if (earlier !== undefined) context.report('duplicate_row', null, 'sameSchoolTwice', { school: school.name, first: earlier });
        else firstRowOf.school.set(school.id, context.row);
      }
      if (identified) {
        // What the row gives must not be another school's of the owner.
        const other = (s: OwnerSchool) => s.id !== school?.id;
        const orgNumberOf = owned.find((s) => other(s) && s.orgNumber === orgNumber);
        if (orgNumberOf) context.report('conflicting_details', 'orgNumber', 'orgNumberInUse', { value: orgNumber!, school: orgNumberOf.name });
        if (owned.some((s) => other(s) && s.name.trim().toLowerCase() === name!.toLowerCase())) {
          context.report('conflicting_details', 'name', 'schoolNameInUse', { name: shown(name!) });
        }
      }
      if (!context.ok) return;
      const r = row as SchoolFileRow;
      planned.push({ row: context.row, existing: school, externalId: r.externalId, name: r.name, orgNumber: r.orgNumber, kind: r.kind, municipality: r.municipality });
    },

    async finish(_db: Db, _problems: ProblemList, present: ReadonlySet<SchoolColumn>) {
      return { schools: planned, present };
    },
  };
}
