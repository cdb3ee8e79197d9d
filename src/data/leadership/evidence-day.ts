/**
 * The day a flag's evidence happened, as SQL over a flag aliased `f`: the latest record of its
 * evidence dated on or before the day it was raised — the day its criteria were met — or the day
 * the søkerdata arrived for an intake flag. A grade's and a teacher's report's day are in the
 * findings' facts (`givenOn`, `reportedOn`); only absence is looked up by its records, and each
 * kind only for the concerns whose rules use it (docs/decisions/019, "Speed"). Null when the
 * evidence has no day of its own (a share of the term). `intakeYear` says which school year's
 * søkerdata count, over the intake row aliased `i`.
 */
import { sql, type SQL } from 'drizzle-orm';

export function evidenceDay(intakeYear: SQL): SQL {
  const raisedOn = sql.raw(`(f.created_at at time zone 'Europe/Oslo')::date`);
  return sql`greatest(
    case when f.concern like 'fravaer%' or f.rule_code = 'forskningsanker' then
      (select max(a.date) from absence_records a
         where a.owner_id = f.owner_id and a.student_id = f.student_id
           and a.id::text in (select jsonb_array_elements_text(f.evidence->'records'))
           and a.date <= ${raisedOn}) end,
    case when f.concern in ('karakterer', 'melding') then
      (select max(on_day) from (
         select (v #>> '{}')::date as on_day from jsonb_path_query(f.evidence, '$.findings[*].facts.givenOn') v
         union all select (v #>> '{}')::date from jsonb_path_query(f.evidence, '$.findings[*].facts.reportedOn') v
         union all select (v #>> '{}')::date from jsonb_path_query(f.evidence, '$.facts.givenOn') v
         union all select (v #>> '{}')::date from jsonb_path_query(f.evidence, '$.facts.reportedOn') v
       ) days where on_day <= ${raisedOn}) end,
    case when f.concern = 'inntak' then
      (select max(i.received_on) from intake_data i where i.owner_id = f.owner_id and i.student_id = f.student_id and ${intakeYear}) end
  )`;
}
