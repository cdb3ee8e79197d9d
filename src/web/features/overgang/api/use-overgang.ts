/**
 * The overgang (src/shared/overgang-api.ts; decision 023): the former school's summary, its
 * consents and who asked for or read it; the receiving school's former schools, asking, and
 * reading a summary (a read is logged with both schools, so it is a mutation, not a query).
 */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { askAnswer, IncomingSummary, IncomingView, OvergangSummaryBody, OvergangView, recordConsentBody, revokeConsentBody } from '../../../../shared/overgang-api';
import { pathSegment, request } from '../../../api/client';
import { useInvalidateAfterChange } from '../../../lib/invalidate';

export const overgangKeys = {
  view: (studentId: string) => ['students', studentId, 'overgang'] as const,
  incoming: (studentId: string) => ['students', studentId, 'overgang', 'incoming'] as const,
};

const base = (studentId: string) => `/api/students/${pathSegment(studentId)}/overgang`;

/** The former school's side; a 403 or 404 is an answer (nothing to show), not a failure to retry. */
export function useOvergang(studentId: string, enabled: boolean) {
  return useQuery({ queryKey: overgangKeys.view(studentId), queryFn: () => request<OvergangView>('GET', base(studentId)), enabled });
}

/** The changes of the former school's side answer with the whole view: shown at once, the rest fetched again. */
function useViewChange<B>(studentId: string, send: (body: B) => Promise<OvergangView>) {
  const queryClient = useQueryClient();
  const invalidate = useInvalidateAfterChange();
  return useMutation({
    mutationFn: send,
    onSuccess: (view: OvergangView) => {
      queryClient.setQueryData(overgangKeys.view(studentId), view);
      void invalidate();
    },
  });
}

export function useSaveSummary(studentId: string) {
  return useViewChange(studentId, (summary: OvergangSummaryBody) => request<OvergangView>('PUT', `${base(studentId)}/summary`, { summary }));
}

export function useRecordConsent(studentId: string) {
  return useViewChange(studentId, (body: z.input<typeof recordConsentBody>) => request<OvergangView>('POST', `${base(studentId)}/consents`, body));
}

export function useRevokeConsent(studentId: string) {
  return useViewChange(studentId, ({ consentId, ...body }: z.input<typeof revokeConsentBody> & { consentId: string }) =>
    request<OvergangView>('POST', `${base(studentId)}/consents/${pathSegment(consentId)}/revoke`, body),
  );
}

/** The receiving school's side: the former schools where the student has a follow-up. */
export function useIncoming(studentId: string, enabled: boolean) {
  return useQuery({ queryKey: overgangKeys.incoming(studentId), queryFn: () => request<IncomingView>('GET', `${base(studentId)}/incoming`), enabled });
}

export function useAskFormerSchool(studentId: string, fromStudentId: string) {
  const invalidate = useInvalidateAfterChange();
  return useMutation({
    mutationFn: () => request<z.infer<typeof askAnswer>>('POST', `${base(studentId)}/incoming/${pathSegment(fromStudentId)}/ask`),
    // A refusal (409: a consent came in since the list was fetched) changes the list too.
    onSettled: () => void invalidate(),
  });
}

/**
 * Reading the summary a former school passed on. A refusal (409: the consent was revoked since
 * the list was fetched) changes the list too, so it is fetched again either way.
 */
export function useReadSummary(studentId: string, fromStudentId: string) {
  const invalidate = useInvalidateAfterChange();
  return useMutation({
    mutationFn: () => request<IncomingSummary>('GET', `${base(studentId)}/incoming/${pathSegment(fromStudentId)}`),
    onSettled: () => void invalidate(),
  });
}
