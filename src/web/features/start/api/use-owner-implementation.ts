import { useQuery } from '@tanstack/react-query';
import type { OwnerImplementation } from '../../../../shared/leadership-api';
import { request } from '../../../api/client';

/** Implementation quality and the pitfalls per school, as counts only (skoleeier); 1–4 come as null. */
export function useOwnerImplementation(enabled: boolean) {
  return useQuery({ queryKey: ['owner', 'implementation'], queryFn: () => request<OwnerImplementation>('GET', '/api/owner/implementation'), enabled });
}
