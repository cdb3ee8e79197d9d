import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import type { CaseDetail } from '../../../../shared/case-api';
import type { PlanWithContent } from '../../../../domain/plans/plan-content';
import { getStudent } from '../../../api/client';
import { sessionQueryKey, useSession } from '../../../lib/session';
import {
  addOwnMeasure,
  createPlan,
  evaluatePlan,
  getMeasures,
  recordConversation,
  shareWithHome,
  signPlanVersion,
  updatePlan,
  type ConversationInput,
  type EvaluationInput,
  type Measure,
  type MeasureList,
  type OwnMeasureInput,
  type PlanUpdateInput,
  type SignaturesInput,
  type TextLanguage,
} from './plan-client';

/** The case page's own cache entry (src/web/features/cases/api/use-cases.ts: caseKeys.detail). */
export const caseQueryKey = (caseId: string) => ['cases', 'detail', caseId] as const;
const measuresQueryKey = (schoolId: string, language: TextLanguage) => ['measures', schoolId, language] as const;

/**
 * After a change the server answers with the case as it now is: that is shown at once, and
 * everything else that may have changed with it (case lists, tasks, the student page) is fetched
 * again when next shown. The measure bank and the session are left alone.
 */
function useCaseChanged(): (detail: CaseDetail) => void {
  const queryClient = useQueryClient();
  return useCallback(
    (detail: CaseDetail) => {
      queryClient.setQueryData(caseQueryKey(detail.id), detail);
      void queryClient.invalidateQueries({
        predicate: (query) => {
          const [first, second, third] = query.queryKey;
          if (first === sessionQueryKey[0] || first === 'measures') return false;
          // The case itself is already the server's latest answer.
          return !(first === 'cases' && second === 'detail' && third === detail.id && query.queryKey.length === 3);
        },
      });
    },
    [queryClient],
  );
}

export function useRecordConversation(caseId: string) {
  const changed = useCaseChanged();
  return useMutation({
    mutationFn: (body: ConversationInput) => recordConversation(caseId, body),
    onSuccess: changed,
  });
}

export type PlanSave = { kind: 'create'; plan: PlanWithContent } | ({ kind: 'update'; planId: string } & PlanUpdateInput);

/** A new plan (its first version as a draft), or a change to one. */
export function useSavePlan(caseId: string) {
  const changed = useCaseChanged();
  return useMutation({
    mutationFn: (save: PlanSave) =>
      save.kind === 'create' ? createPlan(caseId, save.plan) : updatePlan(save.planId, { basedOnVersion: save.basedOnVersion, content: save.content }),
    onSuccess: changed,
  });
}

export function useSignPlan() {
  const changed = useCaseChanged();
  return useMutation({
    mutationFn: ({ planId, version, body }: { planId: string; version: number; body: SignaturesInput }) => signPlanVersion(planId, version, body),
    onSuccess: changed,
  });
}

/** Shares a draft with the home; the answer is only the moment, so the version in the case's cache gets it. */
export function useShareWithHome(caseId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ planId, version }: { planId: string; version: number }) => shareWithHome(planId, version),
    onSuccess: ({ sharedWithHomeAt }, { planId, version }) => {
      queryClient.setQueryData<CaseDetail>(caseQueryKey(caseId), (current) =>
        current
          ? {
              ...current,
              plans: current.plans.map((p) =>
                p.id === planId ? { ...p, versions: p.versions.map((v) => (v.version === version ? { ...v, sharedWithHomeAt } : v)) } : p,
              ),
            }
          : current,
      );
    },
  });
}

export function useEvaluatePlan() {
  const changed = useCaseChanged();
  return useMutation({
    mutationFn: ({ planId, body }: { planId: string; body: EvaluationInput }) => evaluatePlan(planId, body),
    onSuccess: changed,
  });
}

/**
 * The school of the case (the measure bank has the school's own measures): the person's school
 * when there is one, else the student's school, read from the student page's own query (the same
 * cache entry), since the case does not carry it.
 */
export function useCaseSchool(detail: CaseDetail): string | null {
  const session = useSession();
  const schools = [...new Set(session.roles.map((r) => r.schoolId).filter((s): s is string => !!s))];
  const one = schools.length === 1 ? schools[0]! : null;
  const student = useQuery({ queryKey: ['students', detail.student.id], queryFn: () => getStudent(detail.student.id), enabled: one === null });
  return one ?? student.data?.school.id ?? schools[0] ?? null;
}

export function useMeasures(schoolId: string | null, language: TextLanguage, enabled = true) {
  return useQuery({
    queryKey: measuresQueryKey(schoolId ?? '', language),
    queryFn: () => getMeasures(schoolId!, language),
    enabled: enabled && !!schoolId,
    staleTime: 10 * 60_000,
  });
}

export function useAddOwnMeasure(schoolId: string, language: TextLanguage) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: OwnMeasureInput) => addOwnMeasure(schoolId, body),
    onSuccess: (added: Measure) => {
      // The new measure can be chosen at once; the other languages are fetched when needed.
      queryClient.setQueryData<MeasureList>(measuresQueryKey(schoolId, language), (current) =>
        current ? { measures: [...current.measures.filter((m) => m.code !== added.code), added] } : current,
      );
      void queryClient.invalidateQueries({ queryKey: ['measures', schoolId] });
    },
  });
}
