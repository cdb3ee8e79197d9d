/**
 * The demo's first evaluation sees the whole autumn at once, so every flag it raises carries the
 * moment the demo was loaded. A school that had run Varde since August would have had each flag
 * raised when its evidence came in — the rules run at every registration and every night — and
 * leadership's views measure from that day (docs/decisions/016-seven-pitfalls.md). So the demo
 * dates each flag on its evidence's day, as leadership's reading defines it
 * (src/data/leadership/evidence-day.ts), up to `today`; a flag whose evidence has no day of its
 * own, on the demo's day.
 */
import { sql } from 'drizzle-orm';
import type { Db } from '../db/database.js';
import { evidenceDay } from '../data/leadership/evidence-day.js';

export async function dateDemoFlags(db: Db, today: string): Promise<void> {
  await db.execute(sql`
    with evidence as (
      select f.owner_id, f.id, least(coalesce(${evidenceDay(sql`i.received_on <= ${today}::date`)}, ${today}::date), ${today}::date) as on_day
      from flags f
    )
    update flags f
       -- Late in the school day, after the day's registrations, as the nightly run would.
       set created_at = ((e.on_day + time '15:00') at time zone 'Europe/Oslo')
      from evidence e
     where f.owner_id = e.owner_id and f.id = e.id
       and e.on_day < (f.created_at at time zone 'Europe/Oslo')::date`);
}
