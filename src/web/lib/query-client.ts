/**
 * One QueryClient for the app. Client errors (4xx) are answers, not glitches, so they are not
 * retried; when any request says 401 the session is marked as expired, and the pages behind
 * sign-in send the person to /logg-inn, keeping the page they were on.
 */
import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { isApiFailure } from '../api/client';
import { sessionQueryKey, sessionState } from './session';

function onError(error: unknown) {
  if (isApiFailure(error) && error.code === 'unauthenticated') {
    queryClient.setQueryData(sessionQueryKey, sessionState({ status: 'signed_out', reason: 'expired' }));
  }
}

export const queryClient: QueryClient = new QueryClient({
  queryCache: new QueryCache({ onError }),
  mutationCache: new MutationCache({ onError }),
  defaultOptions: {
    queries: {
      staleTime: 30_000,
      refetchOnWindowFocus: false,
      retry: (failureCount, error) => {
        if (isApiFailure(error) && error.status >= 400 && error.status < 500) return false;
        return failureCount < 2;
      },
    },
  },
});
