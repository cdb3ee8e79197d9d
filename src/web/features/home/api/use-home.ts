/** The home view's queries and changes (TanStack Query), all under the key 'home'. */
import { useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import type { HomeOverview, HomePlanVersion, HomeSession } from '../../../../shared/home-api';
import { isApiFailure } from '../../../api/client';
import { homePaths } from '../home-paths';
import { getHomeAccessReport, getHomeOverview, getHomeSession, setGuardianConsent, signHomePlanVersion, signOutOfHome } from './home-client';

export type HomeSessionState = { status: 'signed_in'; session: HomeSession } | { status: 'signed_out' };

export const homeKeys = {
  all: ['home'] as const,
  session: ['home', 'session'] as const,
  overview: (studentId: string) => ['home', 'students', studentId] as const,
  access: (studentId: string) => ['home', 'students', studentId, 'access-report'] as const,
};

async function loadHomeSession(): Promise<HomeSessionState> {
  try {
    return { status: 'signed_in', session: await getHomeSession() };
  } catch (error) {
    // Not signed in to the home is an answer (the sign-in page), not a failure.
    if (isApiFailure(error) && error.status === 401) return { status: 'signed_out' };
    throw error;
  }
}

export function useHomeSessionState() {
  return useQuery({ queryKey: homeKeys.session, queryFn: loadHomeSession, staleTime: 5 * 60_000 });
}

/** The session on the pages inside the home shell (HomeShell renders them only when signed in). */
export function useHomeSession(): HomeSession {
  const { data } = useHomeSessionState();
  if (data?.status !== 'signed_in') throw new Error('useHomeSession is used outside HomeShell');
  return data.session;
}

/** A 401 on any home request: the home session ran out, and the shell shows the sign-in page. */
function signedOutWhenExpired(queryClient: QueryClient, error: unknown) {
  if (isApiFailure(error) && error.status === 401) queryClient.setQueryData<HomeSessionState>(homeKeys.session, { status: 'signed_out' });
}

export function useHomeOverview(studentId: string) {
  const queryClient = useQueryClient();
  return useQuery({
    queryKey: homeKeys.overview(studentId),
    queryFn: async () => {
      try {
        return await getHomeOverview(studentId);
      } catch (error) {
        signedOutWhenExpired(queryClient, error);
        throw error;
      }
    },
  });
}

export function useHomeAccessReport(studentId: string) {
  const queryClient = useQueryClient();
  return useQuery({
    queryKey: homeKeys.access(studentId),
    queryFn: async () => {
      try {
        return await getHomeAccessReport(studentId);
      } catch (error) {
        signedOutWhenExpired(queryClient, error);
        throw error;
      }
    },
  });
}

/** Signs a version; the signed version replaces the one shown at once, and the overview is fetched again (a draft signed supersedes the older signed version). */
export function useSignHomePlan(studentId: string) {
  const queryClient = useQueryClient();
  const session = useHomeSession();
  return useMutation({
    mutationFn: ({ planId, version }: { planId: string; version: number }) => signHomePlanVersion(studentId, planId, version, session.csrfToken),
    onSuccess: (signed: HomePlanVersion) => {
      queryClient.setQueryData<HomeOverview>(homeKeys.overview(studentId), (current) =>
        current
          ? { ...current, plans: current.plans.map((p) => (p.planId === signed.planId && p.version === signed.version ? signed : p)) }
          : current,
      );
      void queryClient.invalidateQueries({ queryKey: homeKeys.overview(studentId), exact: true });
      void queryClient.invalidateQueries({ queryKey: homeKeys.access(studentId) });
    },
    onError: (error) => signedOutWhenExpired(queryClient, error),
  });
}

/** An adult student lets a guardian see this view, or stops it; shown at once, then confirmed by the server. */
export function useGuardianConsent(studentId: string) {
  const queryClient = useQueryClient();
  const session = useHomeSession();
  return useMutation({
    mutationFn: ({ guardianId, allowed }: { guardianId: string; allowed: boolean }) => setGuardianConsent(studentId, guardianId, allowed, session.csrfToken),
    onSuccess: (_nothing, { guardianId, allowed }) => {
      queryClient.setQueryData<HomeOverview>(homeKeys.overview(studentId), (current) =>
        current?.guardianConsents
          ? { ...current, guardianConsents: current.guardianConsents.map((g) => (g.guardianId === guardianId ? { ...g, consentInForce: allowed } : g)) }
          : current,
      );
      void queryClient.invalidateQueries({ queryKey: homeKeys.overview(studentId), exact: true });
    },
    onError: (error) => signedOutWhenExpired(queryClient, error),
  });
}

/**
 * Ends the home session, then the provider's (or goes to the sign-in page). A full page load:
 * nothing of this person stays in memory. Left even when the server could not be reached.
 */
export function useHomeSignOut() {
  const session = useHomeSession();
  return useMutation({
    mutationFn: () => signOutOfHome(session.csrfToken),
    onSettled: (answer) => window.location.assign(answer?.endSessionUrl ?? homePaths.signedOut),
  });
}
