/** An administrator sets the owner's OT age limit and målform; OT's list and statistics read them from the next request. */
import { eq } from 'drizzle-orm';
import type { Db } from '../../db/database.js';
import { owners } from '../../db/schema.js';
import type { OtOwnerSettings } from './load-ot-settings.js';

export async function saveOtSettings(db: Db, ownerId: string, settings: OtOwnerSettings): Promise<void> {
  await db
    .update(owners)
    .set({ otAgeLimit: settings.limit.age, otLimitRunsTo: settings.limit.runsTo, maalform: settings.maalform })
    .where(eq(owners.id, ownerId));
}
