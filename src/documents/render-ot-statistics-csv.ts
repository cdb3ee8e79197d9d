/**
 * OT's statistics as a CSV file for the county's reporting (issue 12, part 6): one row per school
 * of origin and status code of the directorate's list, with the counts as the county may see them
 * — "<5" for one to four (src/domain/owner/shown-count.ts). The codes are the directorate's own, so
 * that the file goes on without mapping.
 *
 * Written the way Norwegian Excel opens it: UTF-8 with a byte order mark, semicolons, CRLF, and a
 * field quoted when it holds a semicolon, a quote or a line break (RFC 4180, with ';').
 */
import type { OtStatusCode } from '../domain/ot/ot-codes.js';

export interface OtStatisticsCsvSchool {
  name: string;
  orgNumber: string | null;
  byStatus: ReadonlyArray<{ code: OtStatusCode; count: number | null }>;
}

export const otStatisticsColumns = ['dato', 'skole', 'organisasjonsnummer', 'statuskode', 'antall'] as const;

function field(value: string): string {
  return /[";\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

export function renderOtStatisticsCsv(input: { on: string; schools: readonly OtStatisticsCsvSchool[] }): string {
  const lines = [otStatisticsColumns.join(';')];
  for (const school of input.schools) {
    for (const { code, count } of school.byStatus) {
      lines.push([input.on, school.name, school.orgNumber ?? '', code, count === null ? '<5' : String(count)].map(field).join(';'));
    }
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

export function otStatisticsFilename(on: string): string {
  return `ot-statistikk-${on}.csv`;
}
