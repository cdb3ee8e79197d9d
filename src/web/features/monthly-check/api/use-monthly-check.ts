import { useQuery } from '@tanstack/react-query';
import { getMonthlyCheck } from '../../../api/client';

export function useMonthlyCheck(schoolId: string | undefined) {
  return useQuery({
    queryKey: ['schools', schoolId, 'monthly-check'],
    queryFn: () => getMonthlyCheck(schoolId!),
    enabled: !!schoolId,
  });
}
