import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { FintSyncBody, FintSyncReport, FintSyncRun, FintSyncRuns, FintSyncScheduleBody, FintSyncSchedules, FintSyncSchools } from '../../../../shared/fint-api';
import { pathSegment, request } from '../../../api/client';
import { useInvalidateAfterChange } from '../../../lib/invalidate';

/** The keys of the FINT queries: the kept runs of a school, one run, the schedules. */
const fintSyncKey = ['owner', 'fint-sync'] as const;
const runsKey = [...fintSyncKey, 'runs'] as const;
const schedulesKey = [...fintSyncKey, 'schedules'] as const;

/** A school's roster synced from FINT (administrators); the answer is the sync's report. */
export function useFintSync() {
  const invalidate = useInvalidateAfterChange();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: FintSyncBody) => request<FintSyncReport>('POST', '/api/owner/fint-sync', body),
    onSuccess: (report) => {
      // A synced school has new students, groups and memberships everywhere; refused data changes nothing.
      if (report.status === 'synced') void invalidate();
    },
    // Every run is kept — refused, or failed (409) too: the list of runs has a new one.
    onSettled: () => queryClient.invalidateQueries({ queryKey: runsKey }),
  });
}

/** The owner's schools a sync can go into. */
export function useFintSyncSchools() {
  return useQuery({ queryKey: [...fintSyncKey, 'schools'], queryFn: () => request<FintSyncSchools>('GET', '/api/owner/fint-sync/schools') });
}

/** A school's latest kept runs, newest first, in numbers. */
export function useFintSyncRuns(schoolId: string) {
  return useQuery({
    queryKey: [...runsKey, schoolId],
    queryFn: () => request<FintSyncRuns>('GET', `/api/owner/fint-sync/runs?schoolId=${encodeURIComponent(schoolId)}`),
    enabled: schoolId !== '',
  });
}

/** One kept run with its whole report; nothing is fetched until a run is chosen. */
export function useFintSyncRun(runId: string | null) {
  return useQuery({
    queryKey: [...fintSyncKey, 'run', runId],
    queryFn: () => request<FintSyncRun>('GET', `/api/owner/fint-sync/runs/${pathSegment(runId ?? '')}`),
    enabled: runId !== null,
    // A kept run does not change.
    staleTime: Infinity,
  });
}

/** The owner's daily syncs, by school. */
export function useFintSyncSchedules() {
  return useQuery({ queryKey: schedulesKey, queryFn: () => request<FintSyncSchedules>('GET', '/api/owner/fint-sync/schedules') });
}

/** Sets a school's daily sync; the answer is the owner's schedules, which replace the ones shown. */
export function useSaveFintSyncSchedule(schoolId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: FintSyncScheduleBody) => request<FintSyncSchedules>('PUT', `/api/owner/fint-sync/schedules/${pathSegment(schoolId)}`, body),
    onSuccess: (answer) => {
      queryClient.setQueryData(schedulesKey, answer);
      void queryClient.invalidateQueries({ queryKey: runsKey });
    },
  });
}
