/** The delivery log's endpoints (src/shared/notice-api.ts), over the app's one request function. */
import type { NoticeLine, NoticeLog, NoticeSettings } from '../../../../shared/notice-api';
import { pathSegment, request } from '../../../api/client';

/** Whose log: a student's (on the student's page) or a case's. */
export type NoticeLogOf = { studentId: string } | { caseId: string };

export function noticeLogPath(of: NoticeLogOf): string {
  return 'caseId' in of ? `/api/cases/${pathSegment(of.caseId)}/notices` : `/api/students/${pathSegment(of.studentId)}/notices`;
}

export function getNoticeLog(of: NoticeLogOf): Promise<NoticeLog> {
  return request<NoticeLog>('GET', noticeLogPath(of));
}

export function resendNotice(noticeId: string): Promise<NoticeLine> {
  return request<NoticeLine>('POST', `/api/notices/${pathSegment(noticeId)}/resend`);
}

export function getNoticeSettings(schoolId: string): Promise<NoticeSettings> {
  return request<NoticeSettings>('GET', `/api/schools/${pathSegment(schoolId)}/notice-settings`);
}

export function saveNoticeSettings(schoolId: string, settings: NoticeSettings): Promise<NoticeSettings> {
  return request<NoticeSettings>('PUT', `/api/schools/${pathSegment(schoolId)}/notice-settings`, settings);
}
