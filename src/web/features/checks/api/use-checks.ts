/** The regular checks (src/shared/workspace-api.ts): the views for a period, the history, recording a check as done. */
import { useMutation, useQuery } from '@tanstack/react-query';
import type { CheckHistory, CheckRecord, CheckRecordInput, MonthlyCheckView, SemesterCheck, WeeklyCheckView } from '../../../../shared/workspace-api';
import { pathSegment, request } from '../../../api/client';
import { useInvalidateAfterChange } from '../../../lib/invalidate';
import type { CheckKind } from '../../../../domain/vocabulary';

const onQuery = (on: string | null) => (on ? `?on=${encodeURIComponent(on)}` : '');

export function useWeeklyCheck(groupId: string | undefined, on: string | null) {
  return useQuery({
    queryKey: ['classes', groupId, 'weekly-check', on],
    queryFn: () => request<WeeklyCheckView>('GET', `/api/classes/${pathSegment(groupId!)}/weekly-check${onQuery(on)}`),
    enabled: !!groupId,
  });
}

export function useMonthlyCheck(schoolId: string | undefined, on: string | null) {
  return useQuery({
    queryKey: ['schools', schoolId, 'monthly-check', on],
    queryFn: () => request<MonthlyCheckView>('GET', `/api/schools/${pathSegment(schoolId!)}/monthly-check${onQuery(on)}`),
    enabled: !!schoolId,
  });
}

export function useSemesterCheck(schoolId: string | undefined, on: string | null) {
  return useQuery({
    queryKey: ['schools', schoolId, 'semester-check', on],
    queryFn: () => request<SemesterCheck>('GET', `/api/schools/${pathSegment(schoolId!)}/semester-check${onQuery(on)}`),
    enabled: !!schoolId,
  });
}

export function useCheckHistory(schoolId: string, kind: CheckKind, groupId?: string) {
  const query = new URLSearchParams({ kind, ...(groupId ? { groupId } : {}) });
  return useQuery({
    queryKey: ['schools', schoolId, 'checks', kind, groupId ?? null],
    queryFn: () => request<CheckHistory>('GET', `/api/schools/${pathSegment(schoolId)}/checks?${query.toString()}`),
  });
}

export function useRecordCheck(schoolId: string) {
  const invalidate = useInvalidateAfterChange();
  return useMutation({
    mutationFn: (body: CheckRecordInput) => request<CheckRecord>('POST', `/api/schools/${pathSegment(schoolId)}/checks`, body),
    onSuccess: () => invalidate(),
  });
}
