import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { SchoolMoveBody, SchoolMoveResult } from '../../../../shared/skolebytte-api';
import { sessionQueryKey } from '../../../lib/session';
import { getSchoolMove, getSchoolMovePreview, moveStudent } from './skolebytte-client';

export const skolebytteKeys = {
  preview: (studentId: string) => ['students', studentId, 'school-move', 'preview'] as const,
  latest: (studentId: string) => ['students', studentId, 'school-move', 'latest'] as const,
  /** What the move just made did: kept for the page that says where the student went. */
  result: (studentId: string) => ['skolebytte', studentId, 'result'] as const,
};

/** What the move dialog asks from; fetched when the dialog opens, fresh each time. */
export function useSchoolMovePreview(studentId: string, enabled: boolean) {
  return useQuery({ queryKey: skolebytteKeys.preview(studentId), queryFn: () => getSchoolMovePreview(studentId), enabled, staleTime: 0, gcTime: 0 });
}

/** The student's latest move; a 404 (the student is neither ours nor moved from us) is an answer, not a failure to retry. */
export function useLatestSchoolMove(studentId: string, enabled = true) {
  return useQuery({ queryKey: skolebytteKeys.latest(studentId), queryFn: () => getSchoolMove(studentId), enabled, retry: false });
}

/**
 * Moving the student: the result is kept for the page that follows, and everything else is fetched
 * again when next shown — the student's page now answers "not found" to the school the student left.
 */
export function useMoveStudent(studentId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: SchoolMoveBody) => moveStudent(studentId, body),
    onSuccess: async (result: SchoolMoveResult) => {
      queryClient.setQueryData(skolebytteKeys.result(studentId), result);
      // The student's latest move is asked anew, never shown from before the move.
      queryClient.removeQueries({ queryKey: skolebytteKeys.latest(studentId) });
      await queryClient.invalidateQueries({ predicate: (query) => query.queryKey[0] !== sessionQueryKey[0] && query.queryKey[0] !== 'skolebytte' });
    },
  });
}

/** The result of the move just made in this tab, if any. */
export function useMoveResult(studentId: string): SchoolMoveResult | undefined {
  return useQueryClient().getQueryData<SchoolMoveResult>(skolebytteKeys.result(studentId));
}
