import { useMutation } from '@tanstack/react-query';
import { recordNotice, type NoticeFromHome } from '../../../api/client';
import { useInvalidateAfterChange } from '../../../lib/invalidate';

export function useRecordNotice(studentId: string) {
  const invalidate = useInvalidateAfterChange();
  return useMutation({
    mutationFn: (notice: NoticeFromHome) => recordNotice(studentId, notice),
    onSuccess: () => {
      // Not awaited: the caller's own onSuccess runs now, even if the refetch unmounts it.
      void invalidate();
    },
  });
}
