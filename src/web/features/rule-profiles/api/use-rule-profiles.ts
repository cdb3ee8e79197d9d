import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { getRuleProfiles, saveRuleProfile, type RuleProfilesList, type RuleProfileUpdate } from '../../../api/client';
import { useInvalidateAfterChange } from '../../../lib/invalidate';

export const ruleProfilesQueryKey = ['rule-profiles'] as const;

/** The owner's rule profiles; only fetched for administrators (`enabled`). */
export function useRuleProfiles(enabled: boolean) {
  return useQuery({ queryKey: ruleProfilesQueryKey, queryFn: getRuleProfiles, enabled });
}

export type SaveRuleProfile = RuleProfileUpdate & { key: string };

export function useSaveRuleProfile() {
  const queryClient = useQueryClient();
  const invalidate = useInvalidateAfterChange();
  return useMutation({
    mutationFn: ({ key, baseVersion, rules }: SaveRuleProfile) => saveRuleProfile(key, { baseVersion, rules }),
    onSuccess: (saved) => {
      // The new version at once (its history too), then everything the re-evaluation changed.
      queryClient.setQueryData<RuleProfilesList>(ruleProfilesQueryKey, (current) =>
        current ? { profiles: current.profiles.map((p) => (p.key === saved.key ? saved : p)) } : current,
      );
      void invalidate();
    },
  });
}
