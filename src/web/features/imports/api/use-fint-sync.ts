import { useMutation, useQuery } from '@tanstack/react-query';
import type { FintSyncBody, FintSyncReport, FintSyncSchools } from '../../../../shared/fint-api';
import { request } from '../../../api/client';
import { useInvalidateAfterChange } from '../../../lib/invalidate';

/** A school's roster synced from FINT (administrators); the answer is the sync's report. */
export function useFintSync() {
  const invalidate = useInvalidateAfterChange();
  return useMutation({
    mutationFn: (body: FintSyncBody) => request<FintSyncReport>('POST', '/api/owner/fint-sync', body),
    onSuccess: (report) => {
      // A synced school has new students, groups and memberships everywhere; refused data changes nothing.
      if (report.status === 'synced') void invalidate();
    },
  });
}

/** The owner's schools a sync can go into. */
export function useFintSyncSchools() {
  return useQuery({ queryKey: ['owner', 'fint-sync', 'schools'], queryFn: () => request<FintSyncSchools>('GET', '/api/owner/fint-sync/schools') });
}
