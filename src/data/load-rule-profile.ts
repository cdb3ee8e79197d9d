/**
 * The rule profile in force for a school: the owner's newest version, else the built-in one.
 *
 * A profile is read as its JSON text and parsed once per distinct text: the rules run after
 * every registration, and a new version is a new text, so the remembered parse is never stale.
 */
import { sql } from 'drizzle-orm';
import { queryRows, type Db } from '../db/database.js';
import { builtInProfiles, ruleProfileSchema, type RuleProfile } from '../domain/identification/rule-profile.js';
import type { ProfileKind } from '../domain/vocabulary.js';

/** SQL for the newest stored profile of the owner for a family of profile, as JSON text (null when none). */
export const newestProfileText = (ownerId: unknown, profileKind: unknown) =>
  sql`(select p.profile::text from rule_profiles p
       where p.owner_id = ${ownerId} and p.school_kind = ${profileKind}
       order by p.created_at desc, p.version desc limit 1)`;

/** profileKindOf (src/domain/vocabulary.ts) in SQL, for a column holding a school's kind. */
export const profileKindSql = (schoolKind: unknown) => sql`(case when ${schoolKind} = 'vgs' then 'vgs' else 'grunnskole' end)`;

const parsed = new Map<string, RuleProfile>();

/** The profile a stored text gives (the built-in one of the kind when there is none). */
export function ruleProfileOf(text: string | null, schoolKind: ProfileKind): RuleProfile {
  if (text === null) return builtInProfiles.find((p) => p.schoolKind === schoolKind)!;
  let profile = parsed.get(text);
  if (!profile) {
    profile = ruleProfileSchema.parse(JSON.parse(text));
    if (parsed.size >= 1000) parsed.clear();
    parsed.set(text, profile);
  }
  return profile;
}

export async function loadRuleProfile(db: Db, ownerId: string, schoolKind: ProfileKind): Promise<RuleProfile> {
  const [row] = await queryRows<{ profile: string | null }>(db, sql`select ${newestProfileText(ownerId, schoolKind)} as profile`);
  return ruleProfileOf(row?.profile ?? null, schoolKind);
}
