/**
 * Students whose birth date the school's files lacked (src/shared/birth-date-api.ts, issue 17):
 * the school's list, and completing one. A completed date changes the student page and every
 * guardian rule shown, so everything is fetched again.
 */
import { useMutation, useQuery } from '@tanstack/react-query';
import type { CompletedBirthDate, StudentsWithoutBirthDate } from '../../../../shared/birth-date-api';
import { pathSegment, request } from '../../../api/client';
import { useInvalidateAfterChange } from '../../../lib/invalidate';

export const missingBirthDateKeys = {
  school: (schoolId: string) => ['schools', schoolId, 'students-without-birth-date'] as const,
};

export function useStudentsWithoutBirthDate(schoolId: string) {
  return useQuery({
    queryKey: missingBirthDateKeys.school(schoolId),
    queryFn: () => request<StudentsWithoutBirthDate>('GET', `/api/schools/${pathSegment(schoolId)}/students-without-birth-date`),
  });
}

export function useCompleteBirthDate(studentId: string) {
  const invalidate = useInvalidateAfterChange();
  return useMutation({
    mutationFn: (birthDate: string) => request<CompletedBirthDate>('PUT', `/api/students/${pathSegment(studentId)}/birth-date`, { birthDate }),
    onSuccess: () => {
      // Not awaited: the caller's own onSuccess runs now, even if the refetch unmounts it.
      void invalidate();
    },
  });
}
