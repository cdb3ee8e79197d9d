import { useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import type { AvklaringDetail, Opplysingar } from '../../../../shared/ot-api';
import { isApiFailure } from '../../../api/client';
import { useInvalidateAfterChange } from '../../../lib/invalidate';
import { sessionQueryKey } from '../../../lib/session';
import { isCaseId } from '../../cases/api/use-cases';
import {
  cancelMeeting,
  closeAvklaring,
  getAvklaring,
  openAvklaring,
  recordHeld,
  recordNoShow,
  recordPreparation,
  registerDeparture,
  saveAgreement,
  saveOpplysingar,
  summonMeeting,
  type AgreementInput,
  type CancelMeetingInput,
  type CloseAvklaringInput,
  type DepartureInput,
  type HeldInput,
  type NoShowInput,
  type OpenAvklaring,
  type PreparationInput,
  type SummonInput,
} from './avklaring-client';

export const avklaringKeys = {
  detail: (caseId: string) => ['ot-avklaring', caseId] as const,
};

export function useAvklaring(caseId: string | undefined) {
  return useQuery({ queryKey: avklaringKeys.detail(caseId ?? ''), queryFn: () => getAvklaring(caseId!), enabled: isCaseId(caseId) });
}

/**
 * A change answers with the whole case: it goes straight into the cache. Everything else that may
 * show it (case lists, the student page, tasks) is fetched again when next shown; the session and
 * the case just received are left alone.
 */
function storeDetail(queryClient: QueryClient, detail: AvklaringDetail) {
  const key = avklaringKeys.detail(detail.caseId);
  queryClient.setQueryData(key, detail);
  void queryClient.invalidateQueries({
    predicate: (query) => {
      const [first, second] = query.queryKey;
      if (first === sessionQueryKey[0]) return false;
      return !(first === key[0] && second === key[1] && query.queryKey.length === 2);
    },
  });
}

function useAvklaringChange<V>(caseId: string, change: (caseId: string, variables: V) => Promise<AvklaringDetail>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (variables: V) => change(caseId, variables),
    onSuccess: (detail) => storeDetail(queryClient, detail),
    onError: (error) => {
      // Someone else may have moved the case on: what the page shows is fetched again.
      if (isApiFailure(error) && error.code === 'conflict') void queryClient.invalidateQueries({ queryKey: avklaringKeys.detail(caseId), exact: true });
    },
  });
}

export const useRecordPreparation = (caseId: string) => useAvklaringChange<PreparationInput>(caseId, recordPreparation);
export const useSaveOpplysingar = (caseId: string) => useAvklaringChange<Opplysingar>(caseId, saveOpplysingar);
export const useSummonMeeting = (caseId: string) => useAvklaringChange<SummonInput>(caseId, summonMeeting);
export const useSaveAgreement = (caseId: string) => useAvklaringChange<AgreementInput>(caseId, saveAgreement);
export const useRecordHeld = (caseId: string) => useAvklaringChange<{ meetingId: string; body: HeldInput }>(caseId, recordHeld);
export const useRecordNoShow = (caseId: string) => useAvklaringChange<{ meetingId: string; body: NoShowInput }>(caseId, recordNoShow);
export const useCancelMeeting = (caseId: string) => useAvklaringChange<{ meetingId: string; body: CancelMeetingInput }>(caseId, cancelMeeting);
export const useCloseAvklaring = (caseId: string) => useAvklaringChange<CloseAvklaringInput>(caseId, closeAvklaring);

export function useOpenAvklaring(studentId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: OpenAvklaring) => openAvklaring(studentId, body),
    onSuccess: (detail) => storeDetail(queryClient, detail),
  });
}

/** Writing the student out changes the case (closed, handed to OT), the student and the lists: all fetched again. */
export function useRegisterDeparture(studentId: string) {
  const invalidate = useInvalidateAfterChange();
  return useMutation({
    mutationFn: (body: DepartureInput) => registerDeparture(studentId, body),
    onSuccess: () => void invalidate(),
  });
}
