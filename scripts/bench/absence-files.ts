/**
 * A generated county's absence as the files the schools' administrative systems would export,
 * one per school, for the real importer (`npm run bench`, `npm run bench:load`). Gives each
 * student the number the importer finds them by, and empties the dataset's absence: the records
 * as objects would cost the importer's garbage collections, which look at everything kept.
 */
import type { DemoDataset } from '../../src/demo/demo-dataset.js';

const typeSpelling: Record<string, string> = { ikke_mott: 'ikke møtt' };
const HEADER = 'dato;elevnummer;omfang;time;gruppe;timer;fraværstype;årsak;melding fra hjemmet;minutter for sent';

export function absenceFiles(dataset: DemoDataset): { files: Map<string, Buffer>; records: number } {
  dataset.students.forEach((s, i) => (s.externalId = `E${String(i + 1).padStart(6, '0')}`));
  const numberOf = new Map(dataset.students.map((s) => [s.id!, s.externalId!]));
  const groupName = new Map(dataset.groups.map((g) => [g.id!, g.name]));
  const lines = new Map<string, string[]>();
  let records = 0;
  for (const r of dataset.absenceRecords) {
    const file = lines.get(r.schoolId) ?? [HEADER];
    file.push(
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
    lines.set(r.schoolId, file);
    records++;
  }
  dataset.absenceRecords = [];
  return { files: new Map([...lines].map(([schoolId, file]) => [schoolId, Buffer.from(file.join('\n'), 'utf8')])), records };
}
