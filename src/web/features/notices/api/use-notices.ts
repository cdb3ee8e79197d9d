import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { NoticeSettings } from '../../../../shared/notice-api';
import { getNoticeLog, getNoticeSettings, resendNotice, saveNoticeSettings, type NoticeLogOf } from './notice-client';

export const noticeKeys = {
  /** Every log: a notice sent again shows in both the student's and the case's. */
  logs: ['notices'] as const,
  log: (of: NoticeLogOf) => ['notices', 'caseId' in of ? `case:${of.caseId}` : `student:${of.studentId}`] as const,
  settings: (schoolId: string) => ['notice-settings', schoolId] as const,
};

/** `version` changes when what the log is of changes (a case's events): a summons just made shows at once. */
export function useNoticeLog(of: NoticeLogOf, enabled = true, version = 0) {
  return useQuery({ queryKey: [...noticeKeys.log(of), version], queryFn: () => getNoticeLog(of), enabled });
}

export function useResendNotice() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: resendNotice,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: noticeKeys.logs }),
  });
}

export function useNoticeSettings(schoolId: string | undefined) {
  return useQuery({ queryKey: noticeKeys.settings(schoolId ?? ''), queryFn: () => getNoticeSettings(schoolId!), enabled: !!schoolId });
}

export function useSaveNoticeSettings(schoolId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (settings: NoticeSettings) => saveNoticeSettings(schoolId, settings),
    onSuccess: (saved) => queryClient.setQueryData(noticeKeys.settings(schoolId), saved),
  });
}
