/**
 * The membership file (gruppemedlemskap): which students are in which group, one row per
 * student and group, with the dates of the membership when the export has them. A group the
 * file names gets exactly the students the file lists for it: that is how a change of group
 * reaches Varde. Groups the file does not name keep their members. See
 * docs/imports/memberships.md.
 */
import { z } from 'zod';
import type { Db } from '../db/database.js';
import { optionalDate, text } from './field-schemas.js';
import type { PlanBuilder } from './file-import-kind.js';
import { findGroup, findStudent, orReport } from './find-references.js';
import type { ProblemList } from './import-problems.js';
import type { SchoolReferences } from './load-school-references.js';
import type { ColumnSpec } from './match-columns.js';
import type { RowContext } from './read-rows.js';

export const membershipColumns = [
  { key: 'group', name: 'gruppe', aliases: ['gruppe-id', 'gruppekode'], required: true },
  { key: 'studentNumber', name: 'elevnummer', aliases: ['elevnr', 'elev-id'], required: true },
  { key: 'startsOn', name: 'startdato', aliases: ['fra dato', 'fra'], required: false },
  { key: 'endsOn', name: 'sluttdato', aliases: ['til dato', 'til'], required: false },
] as const satisfies readonly ColumnSpec[];
export type MembershipColumn = (typeof membershipColumns)[number]['key'];

export const membershipFields = {
  group: text({ max: 100 }),
  studentNumber: text({ max: 50 }),
  startsOn: optionalDate(),
  endsOn: optionalDate(),
};
export const membershipRowSchema = z.object(membershipFields);
export type MembershipFileRow = z.infer<typeof membershipRowSchema>;

export interface PlannedMembership {
  groupId: string;
  studentId: string;
  startsOn: string | null;
  endsOn: string | null;
}

export interface MembershipsPlan {
  memberships: PlannedMembership[];
  /** The groups the file names: their members are exactly the file's. */
  groupIds: string[];
  present: ReadonlySet<MembershipColumn>;
}

export function planMemberships(refs: SchoolReferences): PlanBuilder<MembershipColumn, MembershipFileRow, MembershipsPlan> {
  const planned: PlannedMembership[] = [];
  const firstRow = new Map<string, number>();
  return {
    add(row: Partial<MembershipFileRow>, context: RowContext<MembershipColumn>) {
      const group = row.group === undefined ? undefined : orReport(findGroup(refs, row.group, refs.schoolYear), context, 'group');
      const student = row.studentNumber === undefined ? undefined : orReport(findStudent(refs, row.studentNumber), context, 'studentNumber');
      if (row.startsOn && row.endsOn && row.startsOn > row.endsOn) context.report('inconsistent_row', 'endsOn', 'endBeforeStart');
      if (row.group !== undefined && row.studentNumber !== undefined) {
        const key = `${row.group}\u0000${row.studentNumber}`;
        const earlier = firstRow.get(key);
        if (earlier !== undefined) context.report('duplicate_row', 'studentNumber', 'duplicateMembership', { first: earlier });
        else firstRow.set(key, context.row);
      }
      if (!context.ok || !group || !student) return;
      planned.push({ groupId: group.id, studentId: student.id, startsOn: row.startsOn ?? null, endsOn: row.endsOn ?? null });
    },

    async finish(_db: Db, _problems: ProblemList, present: ReadonlySet<MembershipColumn>) {
      return { memberships: planned, groupIds: [...new Set(planned.map((m) => m.groupId))], present };
    },
  };
}
