/**
 * Writes the students of a checked student file: new students are added, known ones (by
 * student number) get the file's name and birth date — a file without a birth date keeps the one
 * Varde has (a completed or earlier known date is never wiped; issue 17), and so does a file
 * without a national identity number keep its hash (issue 14) — and a student whose class the file
 * gives is put in that class and taken out of any other class of the same school year — a
 * student has one class. Students the file does not list are left as they are: an export may
 * cover part of the school, and leaving is not something an import should guess from that. A
 * student the file gives an end date and a reason code (issue 12) is written out, as when the
 * school writes the student out in Varde, and enters OT's list.
 */
import { sql } from 'drizzle-orm';
import { queryRows, type Db } from '../db/database.js';
import type { FileImportKind, WriteContext } from './file-import-kind.js';
import { emptyCounts, type ImportCounts } from './import-types.js';
import { planStudents, studentColumns, studentFields, studentRowSchema, type StudentColumn, type StudentFileRow, type StudentsPlan } from './parse-students-file.js';
import { arrayLiteral, unnestRows } from '../lib/sql-arrays.js';
import { uuidV7 } from './uuid-v7.js';
import { registerDeparture } from '../data/ot/register-departure.js';
import { systemClock } from '../lib/clock.js';

export async function writeStudents(tx: Db, plan: StudentsPlan, context: WriteContext): Promise<ImportCounts> {
  const { ownerId, schoolId } = context;
  const students = plan.students;
  const counts = { students: emptyCounts(), classMemberships: emptyCounts() };

  // Students recognised by name and birth date get their number first, so the upsert finds them.
  const adopted = students.filter((s) => s.adoptId);
  if (adopted.length > 0) {
    await tx.execute(sql`
      update students s set external_id = t.external_id
      from ${unnestRows('t', [
        { name: 'id', type: 'uuid', values: adopted.map((s) => s.adoptId!) },
        { name: 'external_id', type: 'text', values: adopted.map((s) => s.externalId) },
      ])}
      where s.owner_id = ${ownerId} and s.id = t.id`);
  }

  const changed = await queryRows<{ id: string; inserted: boolean }>(
    tx,
    sql`insert into students as a (owner_id, id, school_id, external_id, given_name, family_name, birth_date, national_id_hash)
        select ${ownerId}::uuid, t.id, ${schoolId}::uuid, t.external_id, t.given_name, t.family_name, t.birth_date, t.national_id_hash
        from ${unnestRows('t', [
          { name: 'id', type: 'uuid', values: students.map(() => uuidV7()) },
          { name: 'external_id', type: 'text', values: students.map((s) => s.externalId) },
          { name: 'given_name', type: 'text', values: students.map((s) => s.givenName) },
          { name: 'family_name', type: 'text', values: students.map((s) => s.familyName) },
          { name: 'birth_date', type: 'date', values: students.map((s) => s.birthDate) },
          { name: 'national_id_hash', type: 'text', values: students.map((s) => s.nationalIdHash ?? null) },
        ])}
        on conflict (owner_id, external_id) do update
          set given_name = excluded.given_name, family_name = excluded.family_name, birth_date = coalesce(excluded.birth_date, a.birth_date),
              national_id_hash = coalesce(excluded.national_id_hash, a.national_id_hash)
          where a.school_id = excluded.school_id
            and (a.given_name, a.family_name, a.birth_date, a.national_id_hash)
              is distinct from (excluded.given_name, excluded.family_name, coalesce(excluded.birth_date, a.birth_date), coalesce(excluded.national_id_hash, a.national_id_hash))
        returning a.id, (xmax = 0) as inserted`,
  );
  const updatedIds = new Set([...changed.filter((c) => !c.inserted).map((c) => c.id), ...adopted.map((s) => s.adoptId!)]);
  counts.students.inserted = changed.filter((c) => c.inserted).length;
  counts.students.updated = updatedIds.size;
  counts.students.unchanged = students.length - counts.students.inserted - counts.students.updated;
  context.progress(students.length);

  const withClass = students.filter((s) => s.classGroupId !== undefined);
  if (withClass.length > 0 && context.schoolYear) {
    const idOf = await studentIdsOf(tx, ownerId, withClass.map((s) => s.externalId));
    const placement = unnestRows('t', [
      { name: 'student_id', type: 'uuid', values: withClass.map((s) => idOf.get(s.externalId)!) },
      { name: 'group_id', type: 'uuid', values: withClass.map((s) => s.classGroupId!) },
    ]);
    const removed = await queryRows<{ n: number }>(
      tx,
      sql`with gone as (
            delete from group_memberships m using ${placement}, groups g
            where m.owner_id = ${ownerId} and m.student_id = t.student_id and m.group_id <> t.group_id
              and g.owner_id = m.owner_id and g.id = m.group_id and g.kind = 'basisgruppe'
              and g.school_id = ${schoolId} and g.school_year_id = ${context.schoolYear.id}
            returning 1)
          select count(*)::int as n from gone`,
    );
    const added = await queryRows<{ n: number }>(
      tx,
      sql`with added as (
            insert into group_memberships (owner_id, group_id, student_id)
            select ${ownerId}::uuid, t.group_id, t.student_id from ${placement}
            on conflict do nothing
            returning 1)
          select count(*)::int as n from added`,
    );
    counts.classMemberships.inserted = added[0]!.n;
    counts.classMemberships.removed = removed[0]!.n;
    counts.classMemberships.unchanged = withClass.length - added[0]!.n;
  }

  // Students the file says have left are written out as the school would in Varde (issue 12): one
  // already written out stays as first written, whatever a later file says.
  const leaving = students.filter((s) => s.departure);
  if (leaving.length > 0) {
    const departures = emptyCounts();
    const idOf = await studentIdsOf(tx, ownerId, leaving.map((s) => s.externalId));
    const today = context.today ?? systemClock.today();
    for (const s of leaving) {
      const result = await registerDeparture(tx, {
        ownerId,
        studentId: idOf.get(s.externalId)!,
        leftOn: s.departure!.leftOn,
        reason: s.departure!.reason,
        note: '',
        actorStaffId: context.actorStaffId ?? null,
        today,
        now: new Date(),
        archiveAgreement: context.archiveAgreement,
      });
      if (result.ok) departures.inserted += 1;
      else departures.unchanged += 1;
    }
    return { ...counts, departures };
  }
  return counts;
}

async function studentIdsOf(tx: Db, ownerId: string, externalIds: string[]): Promise<Map<string, string>> {
  const rows = await queryRows<{ id: string; external_id: string }>(
    tx,
    sql`select id, external_id from students where owner_id = ${ownerId} and external_id = any(${arrayLiteral(externalIds)}::text::text[])`,
  );
  return new Map(rows.map((r) => [r.external_id, r.id]));
}

export const studentsImport: FileImportKind<StudentColumn, StudentFileRow, StudentsPlan> = {
  kind: 'students',
  format: { columns: studentColumns, fields: studentFields, schema: studentRowSchema },
  needsSchoolYear: false,
  plan: planStudents,
  size: (plan) => plan.students.length,
  notes: (plan) => plan.notes,
  write: writeStudents,
};
