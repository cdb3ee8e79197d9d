/**
 * The group file (grupper): the classes (basisgrupper) and teaching groups
 * (undervisningsgrupper) of the school year, with subject and level. See docs/imports/groups.md.
 *
 * Groups are known by the administrative system's group id (gruppe-id), unique across school
 * years: the same id in a new school year would otherwise move last year's group, with its
 * members, into this one. A group already in Varde without an id is recognised by its name in
 * the school year, the first time, and gets the id.
 */
import { z } from 'zod';
import type { Db } from '../db/database.js';
import type { GroupKind } from '../domain/vocabulary.js';
import { choice, fail, optionalText, spellings, text } from './field-schemas.js';
import type { PlanBuilder } from './file-import-kind.js';
import { shown, type ProblemList } from './import-problems.js';
import { groupKey, type SchoolReferences } from './load-school-references.js';
import type { ColumnSpec } from './match-columns.js';
import type { RowContext } from './read-rows.js';

export const groupColumns = [
  { key: 'groupId', name: 'gruppe-id', aliases: ['gruppekode', 'gruppeid'], required: true },
  { key: 'name', name: 'gruppenavn', aliases: ['navn'], required: true },
  { key: 'kind', name: 'gruppetype', aliases: ['type'], required: true },
  { key: 'level', name: 'trinn', aliases: ['årstrinn', 'nivå'], required: false },
  { key: 'programme', name: 'utdanningsprogram', aliases: ['programområde'], required: false },
  { key: 'subjectCode', name: 'fagkode', aliases: [], required: false },
  { key: 'subjectName', name: 'fagnavn', aliases: ['fag'], required: false },
] as const satisfies readonly ColumnSpec[];
export type GroupColumn = (typeof groupColumns)[number]['key'];

const kindSpellings = spellings<GroupKind>([
  ['basisgruppe', 'basisgruppe', 'klasse', 'kontaktlærergruppe'],
  ['undervisningsgruppe', 'undervisningsgruppe', 'faggruppe'],
]);

/** Vg1–Vg3 in upper secondary, 1–10 in grunnskole, spelt as Varde keeps them. */
const levelSpellings = new Map<string, string>([
  ...['1', '2', '3'].flatMap((n) => [[`vg${n}`, `Vg${n}`], [`vg ${n}`, `Vg${n}`]] as Array<[string, string]>),
  ...Array.from({ length: 10 }, (_, i) => [String(i + 1), String(i + 1)] as [string, string]),
]);

export const groupFields = {
  groupId: text({ max: 100 }),
  name: text({ max: 100 }),
  kind: choice(kindSpellings, ['klasse', 'undervisningsgruppe']),
  level: z.string().transform((v, ctx): string | null => {
    if (v === '') return null;
    const level = levelSpellings.get(v.toLowerCase());
    if (level) return level;
    return fail(ctx, 'invalid_choice', 'invalidLevel', { value: shown(v) });
  }),
  programme: optionalText({ max: 200 }),
  subjectCode: optionalText({ max: 20 }),
  subjectName: optionalText({ max: 200 }),
};
export const groupRowSchema = z.object(groupFields);
export type GroupFileRow = z.infer<typeof groupRowSchema>;

export interface PlannedGroup {
  externalId: string;
  name: string;
  kind: GroupKind;
  level: string | null;
  programme: string | null;
  subjectCode: string | null;
  subjectName: string | null;
  /** A group of the school year without an id, recognised by its name. */
  adoptId?: string;
}

export interface GroupsPlan {
  groups: PlannedGroup[];
  present: ReadonlySet<GroupColumn>;
}

export function planGroups(refs: SchoolReferences): PlanBuilder<GroupColumn, GroupFileRow, GroupsPlan> {
  const planned: PlannedGroup[] = [];
  const firstRowOfId = new Map<string, number>();
  const firstRowOfName = new Map<string, number>();
  const year = refs.schoolYear!;
  return {
    add(row: Partial<GroupFileRow>, context: RowContext<GroupColumn>) {
      const { groupId, name, kind, subjectCode, subjectName } = row;
      if (groupId !== undefined) {
        const earlier = firstRowOfId.get(groupId);
        if (earlier !== undefined) context.report('duplicate_row', 'groupId', 'duplicateGroupId', { first: earlier });
        else firstRowOfId.set(groupId, context.row);
        const known = refs.groupsByExternalId.get(groupId);
        if (known && known.schoolId !== refs.schoolId) {
          context.report('external_id_in_use', 'groupId', 'groupIdAtOtherSchool', { value: shown(groupId) });
        } else if (known && known.schoolYearId !== year.id) {
          const other = refs.schoolYears.find((y) => y.id === known.schoolYearId)?.name;
          if (other) context.report('external_id_in_use', 'groupId', 'groupIdInOtherYear', { value: shown(groupId), year: other });
          else context.report('external_id_in_use', 'groupId', 'groupIdInAnotherYear', { value: shown(groupId) });
        }
      }
      if (name !== undefined) {
        const earlier = firstRowOfName.get(name.toLowerCase());
        if (earlier !== undefined) context.report('duplicate_row', 'name', 'duplicateGroupName', { first: earlier });
        else firstRowOfName.set(name.toLowerCase(), context.row);
      }
      if (kind === 'basisgruppe' && subjectCode) context.report('inconsistent_row', 'subjectCode', 'classWithSubject');
      if (subjectCode && subjectName === null && !refs.subjects.has(subjectCode)) {
        context.report('inconsistent_row', 'subjectName', 'newSubjectNeedsName', { subject: shown(subjectCode) });
      }
      if (subjectCode === null && subjectName) context.report('inconsistent_row', 'subjectCode', 'subjectNameWithoutCode');
      if (groupId !== undefined && name !== undefined && !refs.groupsByExternalId.has(groupId)) {
        const namesake = refs.groupsByName.get(groupKey(year.id, name))?.find((g) => g.externalId !== null);
        if (namesake) {
          context.report('conflicting_details', 'name', 'groupNameTaken', { name: shown(name), year: year.name, id: shown(namesake.externalId!) });
        }
      }
      if (!context.ok) return;

      const r = row as GroupFileRow;
      const known = refs.groupsByExternalId.get(r.groupId);
      const sameName = known ? undefined : refs.groupsByName.get(groupKey(year.id, r.name))?.filter((g) => g.externalId === null);
      planned.push({
        externalId: r.groupId,
        name: r.name,
        kind: r.kind,
        level: r.level,
        programme: r.programme,
        subjectCode: r.subjectCode,
        subjectName: r.subjectCode ? (r.subjectName ?? refs.subjects.get(r.subjectCode)!) : null,
        ...(sameName?.length === 1 ? { adoptId: sameName[0]!.id } : {}),
      });
    },

    async finish(_db: Db, _problems: ProblemList, present: ReadonlySet<GroupColumn>) {
      return { groups: planned, present };
    },
  };
}
