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
import { absenceFiles } from './absence-files.js';


/** Gives the number of absence records imported. */
export async function loadCounty(db: Db, dataset: DemoDataset, today: string): Promise<number> {
  const { files, records } = absenceFiles(dataset);
  await loadDemoSchool(db, dataset, { hashPassword: async () => 'bench-no-sign-in' });

  const ownerOf = new Map(dataset.schools.map((s) => [s.id, s.ownerId]));
  const queue = [...files];
  const importer = async () => {
    for (let next = queue.shift(); next; next = queue.shift()) {
      const [schoolId, data] = next;
      const result = await importFile(db, {
        kind: 'absence',
        file: { name: `fravaer-${schoolId}.csv`, data },
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
