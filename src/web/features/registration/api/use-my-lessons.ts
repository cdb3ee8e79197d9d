import { useMutation, useQuery } from '@tanstack/react-query';
import { getDayRegister, getMyLessons, registerDay, type DayAttendance } from '../../../api/client';
import { useInvalidateAfterChange } from '../../../lib/invalidate';

/** The signed-in teacher's lessons on a date, and whether each is registered. */
export function useMyLessons(date: string) {
  return useQuery({ queryKey: ['me', 'lessons', date], queryFn: () => getMyLessons(date), staleTime: 0 });
}

/** The whole day's register of a class. */
export function useDayRegister(groupId: string | null, date: string) {
  return useQuery({ queryKey: ['groups', groupId, 'day-register', date], queryFn: () => getDayRegister(groupId!, date), enabled: !!groupId, staleTime: 0 });
}

export function useRegisterDay(groupId: string) {
  const invalidate = useInvalidateAfterChange();
  return useMutation({
    mutationFn: (body: DayAttendance) => registerDay(groupId, body),
    onSuccess: () => {
      void invalidate();
    },
  });
}
