import { useQuery } from '@tanstack/react-query';
import { getSubjectAbsence } from '../../../api/client';
import { isStudentId } from './use-student';

export function useSubjectAbsence(studentId: string | undefined) {
  return useQuery({
    queryKey: ['students', studentId, 'subject-absence'],
    queryFn: () => getSubjectAbsence(studentId!),
    enabled: isStudentId(studentId),
  });
}
