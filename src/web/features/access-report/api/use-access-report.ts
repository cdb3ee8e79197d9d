import { useQuery } from '@tanstack/react-query';
import { getAccessControlStaff, getAccessReport, getStaffAccessLog, type Period } from './access-report-client';

/** Asked when the person asks (`period` set), and every time anew: each look is a read of the log, and is logged. */
export function useAccessReport(studentId: string, period: Period | null) {
  return useQuery({ queryKey: ['students', studentId, 'access-report', period], queryFn: () => getAccessReport(studentId, period!), enabled: period !== null, retry: false, staleTime: 0, gcTime: 0 });
}

export function useAccessControlStaff(schoolId: string | undefined, enabled: boolean) {
  return useQuery({ queryKey: ['schools', schoolId, 'access-control', 'staff'], queryFn: () => getAccessControlStaff(schoolId!), enabled: enabled && !!schoolId });
}

export function useStaffAccessLog(asked: { staffId: string; period: Period } | null) {
  return useQuery({
    queryKey: ['staff', asked?.staffId, 'access-log', asked?.period],
    queryFn: () => getStaffAccessLog(asked!.staffId, asked!.period),
    enabled: asked !== null,
    retry: false,
    staleTime: 0,
    gcTime: 0,
  });
}
