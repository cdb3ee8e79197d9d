/** The owner's OT settings (issue 12): the age limit of the right to follow-up, and the owner's målform. */
import { eq } from 'drizzle-orm';
import type { Db } from '../../db/database.js';
import { owners } from '../../db/schema.js';
import { defaultOtAgeLimit, type OtAgeLimit, type OtLimitRunsTo } from '../../domain/ot/ot-age-limit.js';

export interface OtOwnerSettings {
  limit: OtAgeLimit;
  maalform: 'nb' | 'nn';
}

export async function loadOtSettings(db: Db, ownerId: string): Promise<OtOwnerSettings> {
  const [row] = await db
    .select({ age: owners.otAgeLimit, runsTo: owners.otLimitRunsTo, maalform: owners.maalform })
    .from(owners)
    .where(eq(owners.id, ownerId));
  if (!row) return { limit: defaultOtAgeLimit, maalform: 'nb' };
  return { limit: { age: row.age, runsTo: row.runsTo as OtLimitRunsTo }, maalform: row.maalform === 'nn' ? 'nn' : 'nb' };
}
