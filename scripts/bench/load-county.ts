/**
 * Loads a generated county into an empty, migrated database the fast way, as `npm run bench`
 * does: everything but the absence with the demo loader, then each school's absence as the file
 * its administrative system would export, through the real importer two files at a time. The
 * demo loader's row-by-row INSERTs of a region's year of absence (90 000 students) take longer
 * than the load test itself.
 */
import type { Db } from '../../src/db/database.js';
import type { DemoDataset } from '../../src/demo/demo-dataset.js';
import { loadDemoSchool } from '../../src/demo/load-demo-school.js';
import { importFile } from '../../src/imports/import-file.js';

const typeSpelling: Record<string, string> = { ikke_mott: 'ikke møtt' };
const HEADER = 'dato;elevnummer;omfang;time;gruppe;timer;fraværstype;årsak;melding fra hjemmet;minutter for sent';

/** Gives the number of absence records imported. */
export async function loadCounty(db: Db, dataset: DemoDataset, today: string): Promise<number> {
  // The importer finds students by their number in the administrative system.
  dataset.students.forEach((s, i) => (s.externalId = `E${String(i + 1).padStart(6, '0')}`));
  const numberOf = new Map(dataset.students.map((s) => [s.id!, s.externalId!]));
  const groupName = new Map(dataset.groups.map((g) => [g.id!, g.name]));
  const files = new Map<string, string[]>();
  let records = 0;
  for (const r of dataset.absenceRecords) {
    const lines = files.get(r.schoolId) ?? [HEADER];
    lines.push(
      [
        r.date,
        numberOf.get(r.studentId),
        r.scope,
        r.lessonNumber ?? '',
        r.groupId ? groupName.get(r.groupId) : '',
        r.hours,
        typeSpelling[r.type] ?? r.type,
        (r.cause ?? '').replace(/[;"\n]/g, ' '),
        r.noticeFromHome ? 'ja' : 'nei',
        r.minutesLate ?? '',
      ].join(';'),
    );
    files.set(r.schoolId, lines);
    records++;
  }
  dataset.absenceRecords = [];
  await loadDemoSchool(db, dataset, { hashPassword: async () => 'bench-no-sign-in' });

  const ownerOf = new Map(dataset.schools.map((s) => [s.id, s.ownerId]));
  const queue = [...files];
  const importer = async () => {
    for (let next = queue.shift(); next; next = queue.shift()) {
      const [schoolId, lines] = next;
      const result = await importFile(db, {
        kind: 'absence',
        file: { name: `fravaer-${schoolId}.csv`, data: Buffer.from(lines.join('\n'), 'utf8') },
        ownerId: ownerOf.get(schoolId)!,
        schoolId,
        actorStaffId: null,
        via: 'cli',
        today,
      });
      if (result.status !== 'imported') throw new Error(`The absence file of ${schoolId} was rejected: ${JSON.stringify(result).slice(0, 500)}`);
    }
  };
  await Promise.all([importer(), importer()]);
  return records;
}
