import { useMutation, useQuery } from '@tanstack/react-query';
import type { CloserFollowUpBody, CloserFollowUpReviewBody } from '../../../../shared/follow-up-api';
import { getCloserFollowUp, getStudentHomeContacts, reviewCloserFollowUp, setCloserFollowUp } from '../../../api/client';
import { useInvalidateAfterChange } from '../../../lib/invalidate';
import { isStudentId } from './use-student';

export function useStudentHomeContacts(studentId: string, enabled: boolean) {
  return useQuery({ queryKey: ['students', studentId, 'home-contacts'], queryFn: () => getStudentHomeContacts(studentId), enabled: enabled && isStudentId(studentId) });
}

export function useCloserFollowUp(studentId: string, enabled: boolean) {
  return useQuery({ queryKey: ['students', studentId, 'closer-follow-up'], queryFn: () => getCloserFollowUp(studentId), enabled: enabled && isStudentId(studentId) });
}

export function useSetCloserFollowUp(studentId: string) {
  const invalidate = useInvalidateAfterChange();
  return useMutation({ mutationFn: (body: CloserFollowUpBody) => setCloserFollowUp(studentId, body), onSuccess: () => void invalidate() });
}

export function useReviewCloserFollowUp() {
  const invalidate = useInvalidateAfterChange();
  return useMutation({
    mutationFn: ({ markId, body }: { markId: string; body: CloserFollowUpReviewBody }) => reviewCloserFollowUp(markId, body),
    onSuccess: () => void invalidate(),
  });
}
