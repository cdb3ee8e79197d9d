/** The rule profile in force for a school: its kind's newest profile of the owner, else the built-in one. */
import { sql } from 'drizzle-orm';
import { queryRows, type Db } from '../../db/database.js';
import type { RuleProfile } from '../../domain/identification/rule-profile.js';
import { profileKindOf, type SchoolKind } from '../../domain/vocabulary.js';
import { newestProfileText, profileKindSql, ruleProfileOf } from '../load-rule-profile.js';

/** Undefined when the owner has no such school. */
export async function loadSchoolRuleProfile(db: Db, ownerId: string, schoolId: string): Promise<RuleProfile | undefined> {
  const [school] = await queryRows<{ kind: SchoolKind; profile: string | null }>(
    db,
    sql`select s.kind, ${newestProfileText(sql`s.owner_id`, profileKindSql(sql`s.kind`))} as profile from schools s where s.owner_id = ${ownerId} and s.id = ${schoolId}`,
  );
  return school ? ruleProfileOf(school.profile, profileKindOf(school.kind)) : undefined;
}
