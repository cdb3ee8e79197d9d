/**
 * Innsyn i logg (src/shared/audit-api.ts), over the app's one request function: who read a
 * student's data, the same as a PDF, the school's staff to pick from, and one person's log.
 */
import type { AccessControlStaff, AccessReportView, StaffAccessLog } from '../../../../shared/audit-api';
import { pathSegment, request } from '../../../api/client';

export type Period = { from: string; to: string };
const query = (period: Period) => `from=${encodeURIComponent(period.from)}&to=${encodeURIComponent(period.to)}`;

export function getAccessReport(studentId: string, period: Period): Promise<AccessReportView> {
  return request<AccessReportView>('GET', `/api/students/${pathSegment(studentId)}/access-report?${query(period)}`);
}

/** The PDF in bokmål or nynorsk; without a language, the owner's målform (an English reader gets that). */
export function accessReportPdfPath(studentId: string, period: Period, language: 'nb' | 'nn' | null): string {
  return `/api/students/${pathSegment(studentId)}/access-report.pdf?${query(period)}${language ? `&language=${language}` : ''}`;
}

export function getAccessControlStaff(schoolId: string): Promise<AccessControlStaff> {
  return request<AccessControlStaff>('GET', `/api/schools/${pathSegment(schoolId)}/access-control/staff`);
}

export function getStaffAccessLog(staffId: string, period: Period): Promise<StaffAccessLog> {
  return request<StaffAccessLog>('GET', `/api/staff/${pathSegment(staffId)}/access-log?${query(period)}`);
}
