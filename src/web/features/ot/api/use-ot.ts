import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  getOtAdvisors,
  getOtAvklaringar,
  getOtSettings,
  getOtStatistics,
  getYouth,
  getYouthList,
  recordEntry,
  saveOtSettings,
  setAdvisor,
  type AdvisorInput,
  type OtEntryInput,
  type OtSettings,
  type YouthListQuery,
} from './ot-client';

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** An id from the address that cannot be one is "not found" without asking the server. */
export function isYouthId(value: string | undefined): value is string {
  return !!value && uuid.test(value);
}

export const otKeys = {
  all: ['ot'] as const,
  youthLists: ['ot', 'youth-list'] as const,
  youthList: (query: YouthListQuery) => ['ot', 'youth-list', query] as const,
  youth: (youthId: string) => ['ot', 'youth', youthId] as const,
  avklaringar: ['ot', 'avklaringar'] as const,
  advisors: ['ot', 'advisors'] as const,
  statistics: (on: string | null) => ['ot', 'statistics', on] as const,
  settings: ['ot', 'settings'] as const,
};

export function useYouthList(query: YouthListQuery, enabled = true) {
  return useQuery({ queryKey: otKeys.youthList(query), queryFn: () => getYouthList(query), enabled });
}

export function useOtAdvisors() {
  return useQuery({ queryKey: otKeys.advisors, queryFn: getOtAdvisors });
}

export function useYouth(youthId: string | undefined) {
  return useQuery({ queryKey: otKeys.youth(youthId ?? ''), queryFn: () => getYouth(youthId!), enabled: isYouthId(youthId) });
}

/** After a change to one youth: the youth, the lists (status, last contact, advisor) and the statistics are fetched again. */
function useYouthChange<V>(youthId: string, change: (youthId: string, variables: V) => Promise<unknown>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (variables: V) => change(youthId, variables),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: otKeys.all }),
  });
}

export const useRecordEntry = (youthId: string) => useYouthChange<OtEntryInput>(youthId, recordEntry);
export const useSetAdvisor = (youthId: string) => useYouthChange<AdvisorInput>(youthId, setAdvisor);

export function useOtAvklaringar() {
  return useQuery({ queryKey: otKeys.avklaringar, queryFn: getOtAvklaringar });
}

export function useOtStatistics(on: string | null) {
  return useQuery({ queryKey: otKeys.statistics(on), queryFn: () => getOtStatistics(on) });
}

export function useOtSettings(enabled = true) {
  return useQuery({ queryKey: otKeys.settings, queryFn: getOtSettings, enabled, staleTime: 5 * 60_000 });
}

export function useSaveOtSettings() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: OtSettings) => saveOtSettings(body),
    onSuccess: (saved, sent) => {
      queryClient.setQueryData(otKeys.settings, saved ?? sent);
      // The list and its archive, and every youth's right, follow the setting.
      void queryClient.invalidateQueries({ queryKey: otKeys.all, predicate: (q) => q.queryKey[1] !== 'settings' });
    },
  });
}
