import { useMutation, useQuery } from '@tanstack/react-query';
import { getMyTasks, markTaskDone } from '../../../api/client';
import { useInvalidateAfterChange } from '../../../lib/invalidate';

export function useMyTasks() {
  return useQuery({ queryKey: ['me', 'tasks'], queryFn: getMyTasks });
}

export function useMarkTaskDone() {
  const invalidate = useInvalidateAfterChange();
  return useMutation({
    mutationFn: markTaskDone,
    onSuccess: () => {
      // Not awaited: the caller's own onSuccess runs now, even if the refetch unmounts it.
      void invalidate();
    },
  });
}
