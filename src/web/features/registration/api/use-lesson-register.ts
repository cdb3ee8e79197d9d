import { useMutation, useQuery } from '@tanstack/react-query';
import { getLessonRegister, registerAttendance, type Attendance } from '../../../api/client';
import { useInvalidateAfterChange } from '../../../lib/invalidate';

/** The register sheet of one lesson; `lessonNumber` null waits until a lesson is chosen. */
export function useLessonRegister(groupId: string | null, date: string, lessonNumber: number | null) {
  return useQuery({
    queryKey: ['groups', groupId, 'register', date, lessonNumber],
    queryFn: () => getLessonRegister(groupId!, date, lessonNumber!),
    enabled: !!groupId && lessonNumber !== null,
    // The sheet shows what is registered now; another teacher may have saved since.
    staleTime: 0,
  });
}

export function useRegisterAttendance(groupId: string) {
  const invalidate = useInvalidateAfterChange();
  return useMutation({
    mutationFn: (body: Attendance) => registerAttendance(groupId, body),
    onSuccess: () => {
      // Not awaited: the caller's own onSuccess runs now, even if the refetch unmounts it.
      void invalidate();
    },
  });
}
