import { useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import type { CaseDetail } from '../../../../shared/case-api';
import { isApiFailure } from '../../../api/client';
import { sessionQueryKey } from '../../../lib/session';
import {
  addParticipant,
  createReferral,
  getCase,
  getCases,
  getStaffCandidates,
  getStudentCases,
  logHomeContact,
  openCase,
  removeParticipant,
  summonToMeeting,
  transitionCase,
  type AddParticipant,
  type CaseListQuery,
  type CaseTransition,
  type HomeContactInput,
  type MeetingInput,
  type OpenCase,
  type ReferralInput,
} from './case-client';

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A case id from the address that cannot be one is "not found" without asking the server. */
export function isCaseId(value: string | undefined): value is string {
  return !!value && uuid.test(value);
}

export const caseKeys = {
  all: ['cases'] as const,
  list: (query: CaseListQuery) => ['cases', 'list', query] as const,
  detail: (caseId: string) => ['cases', 'detail', caseId] as const,
  staffCandidates: (caseId: string) => ['cases', 'detail', caseId, 'staff-candidates'] as const,
  ofStudent: (studentId: string) => ['students', studentId, 'cases'] as const,
};

export function useCaseList(query: CaseListQuery, enabled = true) {
  return useQuery({ queryKey: caseKeys.list(query), queryFn: () => getCases(query), enabled });
}

export function useStudentCases(studentId: string, enabled = true) {
  return useQuery({ queryKey: caseKeys.ofStudent(studentId), queryFn: () => getStudentCases(studentId), enabled });
}

export function useCase(caseId: string | undefined) {
  return useQuery({ queryKey: caseKeys.detail(caseId ?? ''), queryFn: () => getCase(caseId!), enabled: isCaseId(caseId) });
}

export function useStaffCandidates(caseId: string, enabled: boolean) {
  return useQuery({ queryKey: caseKeys.staffCandidates(caseId), queryFn: () => getStaffCandidates(caseId), enabled });
}

/**
 * A change answers with the whole case: it goes straight into the cache. Everything else that may
 * show the case (lists, the student page, tasks, flags closed by an IKO case) is fetched again when
 * next shown. The session and the case just received are left alone.
 */
function storeCase(queryClient: QueryClient, detail: CaseDetail) {
  queryClient.setQueryData(caseKeys.detail(detail.id), detail);
  void queryClient.invalidateQueries({
    predicate: (query) => {
      const [first, second, third] = query.queryKey;
      if (first === sessionQueryKey[0]) return false;
      return !(first === 'cases' && second === 'detail' && third === detail.id && query.queryKey.length === 3);
    },
  });
}

export function useOpenCase(studentId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: OpenCase) => openCase(studentId, body),
    onSuccess: (detail) => storeCase(queryClient, detail),
  });
}

/** Every change to one case: a transition, participants, contacts, referrals, meetings. */
function useCaseChange<V>(caseId: string, change: (caseId: string, variables: V) => Promise<CaseDetail>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (variables: V) => change(caseId, variables),
    onSuccess: (detail) => storeCase(queryClient, detail),
    onError: (error) => {
      // Someone else may have moved the case on: what the page shows is fetched again.
      if (isApiFailure(error) && error.code === 'conflict') void queryClient.invalidateQueries({ queryKey: caseKeys.detail(caseId), exact: true });
    },
  });
}

export const useTransitionCase = (caseId: string) => useCaseChange<CaseTransition>(caseId, transitionCase);
export const useAddParticipant = (caseId: string) => useCaseChange<AddParticipant>(caseId, addParticipant);
export const useRemoveParticipant = (caseId: string) => useCaseChange<string>(caseId, removeParticipant);
export const useLogHomeContact = (caseId: string) => useCaseChange<HomeContactInput>(caseId, logHomeContact);
export const useCreateReferral = (caseId: string) => useCaseChange<ReferralInput>(caseId, createReferral);
export const useSummonToMeeting = (caseId: string) => useCaseChange<MeetingInput>(caseId, summonToMeeting);
