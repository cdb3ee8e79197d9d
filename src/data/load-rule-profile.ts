/** The rule profile in force for a school: the owner's newest version, else the built-in one. */
import { and, desc, eq } from 'drizzle-orm';
import type { Db } from '../db/database.js';
import { ruleProfiles } from '../db/schema.js';
import { builtInProfiles, ruleProfileSchema, type RuleProfile } from '../domain/identification/rule-profile.js';

export async function loadRuleProfile(db: Db, ownerId: string, schoolKind: 'vgs' | 'grunnskole'): Promise<RuleProfile> {
  const [row] = await db
    .select({ profile: ruleProfiles.profile })
    .from(ruleProfiles)
    .where(and(eq(ruleProfiles.ownerId, ownerId), eq(ruleProfiles.schoolKind, schoolKind)))
    .orderBy(desc(ruleProfiles.createdAt), desc(ruleProfiles.version))
    .limit(1);
  if (row) return ruleProfileSchema.parse(row.profile);
  return builtInProfiles.find((p) => p.schoolKind === schoolKind)!;
}
