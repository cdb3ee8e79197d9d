/**
 * What the schools file (and a OneRoster set imported for the owner) is checked against: the
 * owner's schools as they stand, with the ids and numbers a file may know them by.
 */
import { sql } from 'drizzle-orm';
import { queryRows, type Db } from '../db/database.js';
import type { SchoolKind } from '../domain/vocabulary.js';

export interface OwnerSchool {
  id: string;
  name: string;
  kind: SchoolKind;
  orgNumber: string | null;
  municipality: string | null;
  externalId: string | null;
  /** Whether the school has any school year in Varde: a school without one gets the owner's calendar. */
  hasSchoolYear: boolean;
}

export class OwnerNotFoundError extends Error {}

export async function loadOwnerSchools(db: Db, ownerId: string): Promise<OwnerSchool[]> {
  const [owner] = await queryRows<{ id: string }>(db, sql`select id from owners where id = ${ownerId}`);
  if (!owner) throw new OwnerNotFoundError(`No owner ${ownerId}`);
  const rows = await queryRows<{ id: string; name: string; kind: SchoolKind; org_number: string | null; municipality: string | null; external_id: string | null; has_school_year: boolean }>(
    db,
    sql`select s.id, s.name, s.kind, s.org_number, s.municipality, s.external_id,
               exists (select 1 from school_years y where y.owner_id = s.owner_id and y.school_id = s.id) as has_school_year
        from schools s where s.owner_id = ${ownerId}
        order by s.created_at, s.name, s.id`,
  );
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    kind: r.kind,
    orgNumber: r.org_number,
    municipality: r.municipality,
    externalId: r.external_id,
    hasSchoolYear: r.has_school_year,
  }));
}

/** A school of the owner by the ids a file knows it by: the administrative system's id, else the organisation number, else the name. */
export function findOwnerSchool(
  schools: readonly OwnerSchool[],
  by: { externalId?: string | null; orgNumber?: string | null; name?: string | null },
): { school: OwnerSchool; by: 'externalId' | 'orgNumber' | 'name' } | undefined {
  const byExternalId = by.externalId ? schools.find((s) => s.externalId === by.externalId) : undefined;
  if (byExternalId) return { school: byExternalId, by: 'externalId' };
  const byOrgNumber = by.orgNumber ? schools.find((s) => s.orgNumber === by.orgNumber) : undefined;
  if (byOrgNumber) return { school: byOrgNumber, by: 'orgNumber' };
  const name = by.name?.trim().toLowerCase();
  const byName = name ? schools.find((s) => s.name.trim().toLowerCase() === name) : undefined;
  return byName ? { school: byName, by: 'name' } : undefined;
}
