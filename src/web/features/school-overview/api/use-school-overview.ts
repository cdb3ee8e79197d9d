import { useQuery } from '@tanstack/react-query';
import { getSchoolOverview } from '../../../api/client';

export function useSchoolOverview(schoolId: string | undefined) {
  return useQuery({
    queryKey: ['schools', schoolId, 'overview'],
    queryFn: () => getSchoolOverview(schoolId!),
    enabled: !!schoolId,
  });
}
