import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { sessionQueryKey } from './session';

/**
 * After a registration or a decision, everything that shows absence, flags or tasks may have
 * changed (the class list's lights, the student page, the checks, the tasks): all of it is
 * fetched again when next shown. The session is left alone.
 */
export function useInvalidateAfterChange(): () => Promise<void> {
  const queryClient = useQueryClient();
  return useCallback(
    () => queryClient.invalidateQueries({ predicate: (query) => query.queryKey[0] !== sessionQueryKey[0] }),
    [queryClient],
  );
}
