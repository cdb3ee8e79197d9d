import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { RuleProfileView } from '../../../../shared/api';
import { getRuleProfiles, saveRuleProfile } from '../../../api/client';
import { useInvalidateAfterChange } from '../../../lib/invalidate';

export const ruleProfilesQueryKey = ['rule-profiles'] as const;

/** The owner's rule profiles; only fetched for administrators (`enabled`). */
export function useRuleProfiles(enabled: boolean) {
  return useQuery({ queryKey: ruleProfilesQueryKey, queryFn: getRuleProfiles, enabled });
}

export type SaveRuleProfile = { key: string; baseVersion: number; rules: RuleProfileView['rules'] };

export function useSaveRuleProfile() {
  const queryClient = useQueryClient();
  const invalidate = useInvalidateAfterChange();
  return useMutation({
    mutationFn: ({ key, baseVersion, rules }: SaveRuleProfile) => saveRuleProfile(key, { baseVersion, rules }),
    onSuccess: (saved) => {
      // The new version at once (its history too), then everything the re-evaluation changed.
      queryClient.setQueryData<{ profiles: RuleProfileView[] }>(ruleProfilesQueryKey, (current) =>
        current ? { profiles: current.profiles.map((p) => (p.key === saved.key ? saved : p)) } : current,
      );
      void invalidate();
    },
  });
}
