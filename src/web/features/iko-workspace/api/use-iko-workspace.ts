import { useQuery } from '@tanstack/react-query';
import type { IkoWorkspace } from '../../../../shared/workspace-api';
import { pathSegment, request } from '../../../api/client';

/** The IKO coordinator's workspace for a school; fetched afresh on every visit, so a new report shows at once. */
export function useIkoWorkspace(schoolId: string | undefined) {
  return useQuery({
    queryKey: ['schools', schoolId, 'iko-workspace'],
    queryFn: () => request<IkoWorkspace>('GET', `/api/schools/${pathSegment(schoolId!)}/iko-workspace`),
    enabled: !!schoolId,
    refetchOnMount: 'always',
  });
}
