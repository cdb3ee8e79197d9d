/** The staff's Feide groups beside Varde's → the contract's `feideGroupDifferences`: only those with a difference listed, the rest counted. */
import type { FeideGroupDifferences } from '../../data/feide/find-feide-group-differences.js';
import type { FeideGroupDifferencesView } from '../../shared/feide-api.js';

export function presentFeideGroupDifferences(all: readonly FeideGroupDifferences[]): FeideGroupDifferencesView {
  const differing = all.filter((s) => s.comparison.onlyInFeide.length > 0 || s.comparison.onlyInVarde.length > 0);
  return {
    staff: differing.map((s) => ({
      staffId: s.staffId,
      name: `${s.givenName} ${s.familyName}`,
      fetchedAt: s.fetchedAt.toISOString(),
      ...s.comparison,
    })),
    agreeing: all.length - differing.length,
  };
}
