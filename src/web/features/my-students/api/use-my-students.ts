import { useQuery } from '@tanstack/react-query';
import { getMyStudents } from '../../../api/client';

export function useMyStudents() {
  return useQuery({ queryKey: ['me', 'students'], queryFn: getMyStudents });
}
