import { useMutation, useQuery } from '@tanstack/react-query';
import type { FlagDecision } from '../../../../shared/api';
import { decideFlag, getStudentFlags } from '../../../api/client';
import { useInvalidateAfterChange } from '../../../lib/invalidate';
import { isStudentId } from './use-student';

/** `enabled` false when the reader has only subject access: flags are not theirs to see. */
export function useStudentFlags(studentId: string | undefined, enabled = true) {
  return useQuery({
    queryKey: ['students', studentId, 'flags'],
    queryFn: () => getStudentFlags(studentId!),
    enabled: enabled && isStudentId(studentId),
  });
}

export function useDecideFlag() {
  const invalidate = useInvalidateAfterChange();
  return useMutation({
    mutationFn: ({ flagId, decision }: { flagId: string; decision: FlagDecision }) => decideFlag(flagId, decision),
    onSuccess: () => {
      // Not awaited: the caller's own onSuccess runs now, even if the refetch unmounts it.
      void invalidate();
    },
  });
}
