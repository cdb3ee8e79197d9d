/**
 * The demo's first evaluation sees the whole autumn at once, so every flag it raises carries the
 * moment the demo was loaded. A school that had run Varde since August would have had each flag
 * raised when its evidence came in — the rules run at every registration and every night — and
 * leadership's views measure from that day (docs/decisions/016-seven-pitfalls.md). So the demo
 * dates each flag on the day its evidence completed it: the latest record it rests on, dated on
 * or before `today` (an absence, a grade, a teacher's report), or the day the søkerdata arrived
 * for an intake flag; a flag whose evidence has no date of its own, on the demo's day.
 */
import { sql } from 'drizzle-orm';
import type { Db } from '../db/database.js';

export async function dateDemoFlags(db: Db, today: string): Promise<void> {
  await db.execute(sql`
    with evidence as (
      select f.owner_id, f.id,
        coalesce(
          (select max(a.date) from absence_records a
             where a.owner_id = f.owner_id and a.student_id = f.student_id and a.date <= ${today}::date
               and a.id::text in (select jsonb_array_elements_text(f.evidence->'records'))),
          (select max(g.given_on) from grades g
             where g.owner_id = f.owner_id and g.student_id = f.student_id and g.given_on <= ${today}::date
               and g.id::text in (select jsonb_array_elements_text(f.evidence->'records'))),
          (select max((r.created_at at time zone 'Europe/Oslo')::date) from teacher_reports r
             where r.owner_id = f.owner_id and r.student_id = f.student_id
               and r.id::text in (select jsonb_array_elements_text(f.evidence->'records'))),
          case when f.concern = 'inntak' then
            (select max(i.received_on) from intake_data i where i.owner_id = f.owner_id and i.student_id = f.student_id and i.received_on <= ${today}::date) end,
          -- Evidence without a date of its own (a share of the term, a pattern): raised on the demo's day.
          ${today}::date
        ) as on_day
      from flags f
    )
    update flags f
       -- Late in the school day, after the day's registrations, as the nightly run would.
       set created_at = ((e.on_day + time '15:00') at time zone 'Europe/Oslo')
      from evidence e
     where f.owner_id = e.owner_id and f.id = e.id and e.on_day is not null
       and e.on_day < (f.created_at at time zone 'Europe/Oslo')::date`);
}
