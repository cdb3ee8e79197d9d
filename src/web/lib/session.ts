/** The session: who is signed in, signing in and out. Shared by the shell and every page. */
import { useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import type { Session } from '../../shared/api';
import type { SignOutResult } from '../../shared/sign-in-api';
import { confirmSecondFactor, getSession, isApiFailure, signIn, signOut, signOutEverywhere } from '../api/client';

export type SessionState =
  | { status: 'signed_in'; session: Session }
  /** `expired`: nobody is signed in, or the session ran out; `signed_out`: the person chose to leave. */
  | { status: 'signed_out'; reason: 'expired' | 'signed_out' };

export const sessionQueryKey = ['session'] as const;

async function loadSession(): Promise<SessionState> {
  try {
    return { status: 'signed_in', session: await getSession() };
  } catch (error) {
    if (isApiFailure(error) && error.status === 401) return { status: 'signed_out', reason: 'expired' };
    throw error;
  }
}

export function useSessionState() {
  return useQuery({ queryKey: sessionQueryKey, queryFn: loadSession, staleTime: 5 * 60_000 });
}

/** The session on pages behind sign-in (RequireSession guarantees it is there). */
export function useSession(): Session {
  const { data } = useSessionState();
  if (data?.status !== 'signed_in') throw new Error('useSession is used outside RequireSession');
  return data.session;
}

/** Signs in with username and password; an account that needs a second factor gets its challenge instead of the session. */
export function useSignIn() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: signIn,
    onSuccess: (result) => {
      if (!('secondFactor' in result)) signedIn(queryClient, result);
    },
  });
}

/** The code of the second factor, which finishes the sign-in. */
export function useConfirmSecondFactor() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: confirmSecondFactor, onSuccess: (session) => signedIn(queryClient, session) });
}

function signedIn(queryClient: QueryClient, session: Session) {
  // Nothing of a previous person's data may remain.
  queryClient.removeQueries({ predicate: (q) => q.queryKey[0] !== sessionQueryKey[0] });
  queryClient.setQueryData(sessionQueryKey, sessionState({ status: 'signed_in', session }));
}

/** Signs out on this device, or with `everywhere` on every device the person is signed in on. */
export function useSignOut({ everywhere = false }: { everywhere?: boolean } = {}) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (): Promise<SignOutResult> => (everywhere ? signOutEverywhere().then(() => ({ endSessionUrl: null })) : signOut()),
    onSettled: () => {
      // Signed out on this device even if the server could not be reached.
      queryClient.removeQueries({ predicate: (q) => q.queryKey[0] !== sessionQueryKey[0] });
      queryClient.setQueryData(sessionQueryKey, sessionState({ status: 'signed_out', reason: 'signed_out' }));
    },
  });
}

/** Typed here once, so that every write to the session cache is checked against SessionState. */
export function sessionState(state: SessionState): SessionState {
  return state;
}
