import { useQuery } from '@tanstack/react-query';
import type { OwnerFigures } from '../../../../shared/workspace-api';
import { request } from '../../../api/client';

/** The owner's schools in figures, without names (skoleeier). */
export function useOwnerFigures(enabled: boolean) {
  return useQuery({ queryKey: ['owner', 'figures'], queryFn: () => request<OwnerFigures>('GET', '/api/owner/figures'), enabled });
}
