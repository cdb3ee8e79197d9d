/**
 * The owner's rule profiles: the built-in ones until an administrator edits one, then each edit
 * is a new version; flags keep the version they came from.
 */
import { and, asc, eq } from 'drizzle-orm';
import type { Db } from '../db/database.js';
import { ruleProfiles, staff } from '../db/schema.js';
import { builtInProfiles, ruleProfileSchema, type RuleProfile } from '../domain/identification/rule-profile.js';

export interface ProfileWithHistory {
  profile: RuleProfile;
  history: Array<{ version: number; createdAt: Date | null; createdBy: string | null }>;
}

export async function listRuleProfiles(db: Db, ownerId: string): Promise<ProfileWithHistory[]> {
  const rows = await db
    .select({ key: ruleProfiles.key, version: ruleProfiles.version, profile: ruleProfiles.profile, createdAt: ruleProfiles.createdAt, given: staff.givenName, family: staff.familyName })
    .from(ruleProfiles)
    .leftJoin(staff, and(eq(staff.ownerId, ruleProfiles.ownerId), eq(staff.id, ruleProfiles.createdBy)))
    .where(eq(ruleProfiles.ownerId, ownerId))
    .orderBy(asc(ruleProfiles.version));
  return builtInProfiles.map((builtIn) => {
    const stored = rows.filter((r) => r.key === builtIn.key);
    const latest = stored.at(-1);
    return {
      profile: latest ? ruleProfileSchema.parse(latest.profile) : builtIn,
      history: [
        { version: builtIn.version, createdAt: null, createdBy: null },
        ...stored.map((r) => ({ version: r.version, createdAt: r.createdAt, createdBy: r.given ? `${r.given} ${r.family}` : null })),
      ],
    };
  });
}

export type SaveOutcome = { ok: true; profile: RuleProfile } | { ok: false; reason: 'unknown' | 'stale' };

export async function saveRuleProfile(
  db: Db,
  input: { ownerId: string; key: string; baseVersion: number; rules: RuleProfile['rules']; staffId: string },
): Promise<SaveOutcome> {
  return db.transaction(async (tx) => {
    const current = (await listRuleProfiles(tx, input.ownerId)).find((p) => p.profile.key === input.key);
    if (!current) return { ok: false, reason: 'unknown' };
    if (current.profile.version !== input.baseVersion) return { ok: false, reason: 'stale' };
    const profile: RuleProfile = { ...current.profile, version: current.profile.version + 1, rules: input.rules };
    await tx.insert(ruleProfiles).values({
      ownerId: input.ownerId,
      key: profile.key,
      version: profile.version,
      schoolKind: profile.schoolKind,
      profile,
      createdBy: input.staffId,
    });
    return { ok: true, profile };
  });
}
