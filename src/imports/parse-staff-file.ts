/**
 * The staff file (ansatte): one row per person and role at the school, and for teachers per
 * group — «kontaktlærer» for a class, «faglærer» for a teaching group — so a teacher with five
 * groups has five rows. A person the file lists gets exactly the file's roles at this school
 * and the file's groups in the school year; people it does not list keep theirs. Sign-in
 * accounts are not made here. See docs/imports/staff.md.
 */
import { and, eq, inArray, isNull } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '../db/database.js';
import { staff } from '../db/schema.js';
import type { GroupTeacherRole, RoleCode } from '../domain/vocabulary.js';
import { choice, optionalEmail, optionalText, spellings, text } from './field-schemas.js';
import type { PlanBuilder } from './file-import-kind.js';
import { findGroup, orReport } from './find-references.js';
import { shown, type ProblemList } from './import-problems.js';
import type { SchoolReferences } from './load-school-references.js';
import type { ColumnSpec } from './match-columns.js';
import type { RowContext } from './read-rows.js';

export const staffColumns = [
  { key: 'employeeNumber', name: 'ansattnummer', aliases: ['ansattnr', 'ansatt-id'], required: true },
  { key: 'givenName', name: 'fornavn', aliases: [], required: true },
  { key: 'familyName', name: 'etternavn', aliases: [], required: true },
  { key: 'email', name: 'e-post', aliases: ['epost', 'e-postadresse'], required: false },
  { key: 'role', name: 'rolle', aliases: [], required: true },
  { key: 'title', name: 'tittel', aliases: ['stilling'], required: false },
  { key: 'group', name: 'gruppe', aliases: ['gruppe-id', 'gruppekode'], required: false },
] as const satisfies readonly ColumnSpec[];
export type StaffColumn = (typeof staffColumns)[number]['key'];

interface RoleWord {
  role: RoleCode;
  /** The title a leader's role word gives, when the row has none. */
  title: string | null;
}

/** The school's roles. Owner-level roles (OT, skoleeier, administrator) are not a school's to export. */
const roleSpellings = spellings<RoleWord>([
  [{ role: 'kontaktlaerer', title: null }, 'kontaktlærer', 'kontaktlaerer'],
  [{ role: 'faglaerer', title: null }, 'faglærer', 'faglaerer', 'lærer'],
  [{ role: 'radgiver', title: null }, 'rådgiver', 'radgiver', 'iko-ansvarlig'],
  [{ role: 'skoleleder', title: 'Rektor' }, 'rektor'],
  [{ role: 'skoleleder', title: 'Assisterende rektor' }, 'assisterende rektor'],
  [{ role: 'skoleleder', title: 'Avdelingsleder' }, 'avdelingsleder'],
  [{ role: 'skoleleder', title: 'Elevinspektør' }, 'elevinspektør'],
  [{ role: 'skoleleder', title: null }, 'skoleleder', 'skoleledelse'],
  [{ role: 'helsesykepleier', title: null }, 'helsesykepleier', 'helsesøster'],
  [{ role: 'sosiallaerer', title: null }, 'sosiallærer', 'sosiallaerer'],
  [{ role: 'miljoterapeut', title: null }, 'miljøterapeut', 'miljoterapeut'],
]);
const rolesShown = ['kontaktlærer', 'faglærer', 'rådgiver', 'rektor', 'avdelingsleder', 'elevinspektør', 'helsesykepleier', 'sosiallærer', 'miljøterapeut'];

export const staffFields = {
  employeeNumber: text({ max: 50 }),
  givenName: text({ max: 100 }),
  familyName: text({ max: 100 }),
  email: optionalEmail(),
  role: choice(roleSpellings, rolesShown),
  title: optionalText({ max: 100 }),
  group: optionalText({ max: 100 }),
};
export const staffRowSchema = z.object(staffFields);
export type StaffFileRow = z.infer<typeof staffRowSchema>;

export interface PlannedPerson {
  externalId: string;
  givenName: string;
  familyName: string;
  email: string | null;
  adoptId?: string;
}

export interface StaffPlan {
  people: PlannedPerson[];
  roles: Array<{ externalId: string; role: RoleCode; title: string | null }>;
  teaching: Array<{ externalId: string; groupId: string; role: GroupTeacherRole }>;
  present: ReadonlySet<StaffColumn>;
}

export function planStaff(refs: SchoolReferences): PlanBuilder<StaffColumn, StaffFileRow, StaffPlan> {
  const people = new Map<string, PlannedPerson & { row: number }>();
  const roles = new Map<string, { externalId: string; role: RoleCode; title: string | null; row: number }>();
  const teaching = new Map<string, { externalId: string; groupId: string; role: GroupTeacherRole }>();
  const firstRow = new Map<string, number>();
  return {
    add(row: Partial<StaffFileRow>, context: RowContext<StaffColumn>) {
      const { employeeNumber, role, group: groupRef } = row;
      let groupId: string | undefined;
      if (groupRef && role) {
        if (role.role !== 'kontaktlaerer' && role.role !== 'faglaerer') {
          context.report('inconsistent_row', 'group', 'groupForOtherRole');
        } else {
          const group = orReport(findGroup(refs, groupRef, refs.schoolYear), context, 'group');
          if (group && role.role === 'kontaktlaerer' && group.kind !== 'basisgruppe') {
            context.report('inconsistent_row', 'group', 'contactTeacherOfTeachingGroup', { group: shown(groupRef) });
          }
          if (group && role.role === 'faglaerer' && group.kind !== 'undervisningsgruppe') {
            context.report('inconsistent_row', 'group', 'subjectTeacherOfClass', { group: shown(groupRef) });
          }
          groupId = group?.id;
        }
      }
      if (employeeNumber !== undefined) {
        const seen = people.get(employeeNumber);
        if (seen) {
          for (const key of ['givenName', 'familyName', 'email'] as const) {
            if (row[key] !== undefined && row[key] !== seen[key]) {
              context.report('conflicting_details', key, 'staffDetailsDiffer', { staff: shown(employeeNumber), other: seen[key] === null ? null : shown(seen[key]), first: seen.row });
            }
          }
        }
        if (role && groupRef !== undefined) {
          const key = `${employeeNumber}\u0000${role.role}\u0000${role.title ?? ''}\u0000${groupRef ?? ''}`;
          const earlier = firstRow.get(key);
          if (earlier !== undefined) context.report('duplicate_row', 'role', 'duplicateStaffRole', { first: earlier });
          else firstRow.set(key, context.row);
        }
        const title = row.title ?? role?.title;
        const roleKey = role ? `${employeeNumber}\u0000${role.role}` : undefined;
        const sameRole = roleKey ? roles.get(roleKey) : undefined;
        if (sameRole && title && sameRole.title && sameRole.title !== title) {
          context.report('conflicting_details', 'title', 'roleTitleDiffers', { staff: shown(employeeNumber), title: shown(sameRole.title), first: sameRole.row });
        }
      }
      if (!context.ok) return;
      const r = row as StaffFileRow;
      if (!people.has(r.employeeNumber)) {
        people.set(r.employeeNumber, { row: context.row, externalId: r.employeeNumber, givenName: r.givenName, familyName: r.familyName, email: r.email });
      }
      const roleKey = `${r.employeeNumber}\u0000${r.role.role}`;
      const title = r.title ?? r.role.title;
      const existing = roles.get(roleKey);
      if (!existing) roles.set(roleKey, { externalId: r.employeeNumber, role: r.role.role, title, row: context.row });
      else if (!existing.title && title) existing.title = title;
      if (groupId) {
        const role = r.role.role as GroupTeacherRole;
        teaching.set(`${r.employeeNumber}\u0000${groupId}\u0000${role}`, { externalId: r.employeeNumber, groupId, role });
      }
    },

    async finish(db: Db, _problems: ProblemList, present: ReadonlySet<StaffColumn>) {
      const planned = [...people.values()].map(({ row: _row, ...p }) => p);
      await recogniseStaffByEmail(db, refs, planned);
      return {
        people: planned,
        roles: [...roles.values()].map(({ row: _row, ...r }) => r),
        teaching: [...teaching.values()],
        present,
      };
    },
  };
}

/** Staff without an employee number (entered by hand, or from the demo) are recognised by e-mail. */
async function recogniseStaffByEmail(db: Db, refs: SchoolReferences, planned: PlannedPerson[]): Promise<void> {
  const newcomers = planned.filter((p) => p.email && !refs.staffByExternalId.has(p.externalId));
  if (newcomers.length === 0) return;
  const found = await db
    .select({ id: staff.id, email: staff.email })
    .from(staff)
    .where(and(eq(staff.ownerId, refs.ownerId), isNull(staff.externalId), inArray(staff.email, newcomers.map((p) => p.email!))));
  const byEmail = new Map<string, string[]>();
  for (const s of found) byEmail.set(s.email!.toLowerCase(), [...(byEmail.get(s.email!.toLowerCase()) ?? []), s.id]);
  for (const p of newcomers) {
    const ids = byEmail.get(p.email!.toLowerCase());
    if (ids?.length === 1) p.adoptId = ids[0]!;
  }
}
