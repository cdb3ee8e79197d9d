/**
 * The reports after an assessment round (src/shared/report-api.ts): every class of a school in
 * figures, a class's report by name, and the addresses of its PDF and spreadsheet.
 */
import type { AssessmentRound } from '../../../../domain/leadership/choose-report-round';
import type { ClassReport, SchoolReports } from '../../../../shared/report-api';
import { pathSegment, request } from '../../../api/client';

export type { ClassReport, SchoolReports };
export type ReportLanguage = 'nb' | 'nn';

const roundQuery = (round: AssessmentRound | null) => (round ? `?round=${round}` : '');

export function getSchoolReports(schoolId: string, round: AssessmentRound | null): Promise<SchoolReports> {
  return request<SchoolReports>('GET', `/api/schools/${pathSegment(schoolId)}/reports${roundQuery(round)}`);
}

export function getClassReport(classId: string, round: AssessmentRound | null): Promise<ClassReport> {
  return request<ClassReport>('GET', `/api/classes/${pathSegment(classId)}/report${roundQuery(round)}`);
}

/** The class's report to print (PDF) or to export (XLSX), in bokmål or nynorsk: a link, not a fetch. */
export function classReportFilePath(classId: string, format: 'pdf' | 'xlsx', round: AssessmentRound, language: ReportLanguage): string {
  return `/api/classes/${pathSegment(classId)}/report.${format}?round=${round}&language=${language}`;
}
