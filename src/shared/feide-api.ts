/**
 * The contract of "Grupper i Feide og i Varde" (issue 14, part 1): for the owner's administrator,
 * the staff whose classes and teaching groups in Feide, read at their latest Feide sign-in, differ
 * from the groups Varde has them teach this school year. For comparison only: Feide's groups give
 * no access. The comparison is src/domain/feide/compare-feide-groups.ts; the route is in
 * src/server/routes/owner-routes.ts.
 */
import { z } from 'zod';
import { groupKinds } from '../domain/vocabulary.js';

const comparedGroup = z.object({ name: z.string(), kind: z.enum(groupKinds) });
export type ComparedGroupView = z.infer<typeof comparedGroup>;

const staffGroupDifferences = z.object({
  staffId: z.string().uuid(),
  name: z.string(),
  /** When Feide's groups were read (the sign-in), an ISO instant. */
  fetchedAt: z.string(),
  onlyInFeide: z.array(comparedGroup),
  onlyInVarde: z.array(comparedGroup),
  /** The groups found on both sides. */
  inBoth: z.number().int(),
});
export type StaffGroupDifferences = z.infer<typeof staffGroupDifferences>;

/** GET /api/owner/feide-groups */
export const feideGroupDifferences = z.object({
  /** Staff with a difference, by family name. */
  staff: z.array(staffGroupDifferences),
  /** Staff whose Feide groups were read and agree with Varde's. */
  agreeing: z.number().int(),
});
export type FeideGroupDifferencesView = z.infer<typeof feideGroupDifferences>;
