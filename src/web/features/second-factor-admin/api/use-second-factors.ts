import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { SecondFactorOverview } from '../../../../shared/second-factor-api';
import { pathSegment, request } from '../../../api/client';

const overviewKey = ['owner', 'second-factors'] as const;

/** Leaders and administrators with a password, and whether each has set up an authenticator (administrators). */
export function useSecondFactors() {
  return useQuery({ queryKey: overviewKey, queryFn: () => request<SecondFactorOverview>('GET', '/api/owner/second-factors') });
}

/** Forgets a person's authenticator (a lost phone): they set up a new one at the next sign-in. */
export function useResetSecondFactor() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (staffId: string) => request<void>('DELETE', `/api/staff/${pathSegment(staffId)}/second-factor`),
    onSuccess: () => {
      // Not awaited: the status message shows at once, the list follows.
      void queryClient.invalidateQueries({ queryKey: overviewKey });
    },
  });
}
