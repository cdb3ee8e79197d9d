import { useQuery } from '@tanstack/react-query';
import { getStudent } from '../../../api/client';

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A student id from the address that cannot be one is "not found" without asking the server. */
export function isStudentId(value: string | undefined): value is string {
  return !!value && uuid.test(value);
}

export function useStudent(studentId: string | undefined) {
  return useQuery({
    queryKey: ['students', studentId],
    queryFn: () => getStudent(studentId!),
    enabled: isStudentId(studentId),
  });
}
