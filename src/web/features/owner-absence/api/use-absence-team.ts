import { useQuery } from '@tanstack/react-query';
import type { AbsenceTeam } from '../../../../shared/owner-api';
import { request } from '../../../api/client';

/** The absence team's overview per school and trinn, counts only (skoleeier); hidden counts come as null or "at least". */
export function useAbsenceTeam() {
  return useQuery({ queryKey: ['owner', 'absence-team'], queryFn: () => request<AbsenceTeam>('GET', '/api/owner/absence-team') });
}
