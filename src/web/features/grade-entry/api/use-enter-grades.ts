import { useMutation } from '@tanstack/react-query';
import { enterGrades, type GradeEntry } from '../../../api/client';
import { useInvalidateAfterChange } from '../../../lib/invalidate';

export function useEnterGrades(groupId: string) {
  const invalidate = useInvalidateAfterChange();
  return useMutation({
    mutationFn: (body: GradeEntry) => enterGrades(groupId, body),
    onSuccess: () => {
      // Not awaited: the caller's own onSuccess runs now, even if the refetch unmounts it.
      void invalidate();
    },
  });
}
