import { useQuery } from '@tanstack/react-query';
import { getWeeklyCheck } from '../../../api/client';

export function useWeeklyCheck(groupId: string | undefined) {
  return useQuery({
    queryKey: ['classes', groupId, 'weekly-check'],
    queryFn: () => getWeeklyCheck(groupId!),
    enabled: !!groupId,
  });
}
