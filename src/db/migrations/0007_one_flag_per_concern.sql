-- One open flag per student and concern, one open task from flags per student, person and kind
-- (docs/decisions/012-one-signal-per-concern.md). Flags stored before get their concern from the
-- rule that raised them; open duplicates are gathered into one flag here, so that the unique
-- indexes can hold; the first re-evaluation then gives the kept flag the concern's evidence.
DROP INDEX "tasks_flag_kind_assignee";--> statement-breakpoint
ALTER TABLE "flags" ADD COLUMN "concern" text;--> statement-breakpoint
ALTER TABLE "flags" ADD COLUMN "evidence_keys" text[] DEFAULT '{}'::text[] NOT NULL;--> statement-breakpoint
UPDATE "flags" SET "evidence_keys" = ARRAY["evidence_key"], "concern" = CASE "rule_code"
  WHEN 'fravaer_uten_melding' THEN 'fravaersoppfolging'
  WHEN 'udokumentert_fravaer' THEN 'fravaersoppfolging'
  WHEN 'ukesjekk' THEN 'fravaersoppfolging'
  WHEN 'manedssjekk' THEN 'fravaersoppfolging'
  WHEN 'fravaer_halvaar' THEN 'fravaersomfang'
  WHEN 'sammenhengende_fravaer' THEN 'fravaersomfang'
  WHEN 'fravaersgrense' THEN 'fravaersgrense'
  WHEN 'fravaersmonster' THEN 'fravaersmonster'
  WHEN 'karakter' THEN 'karakterer'
  WHEN 'forskningsanker' THEN 'karakterer'
  WHEN 'melding' THEN 'melding'
  ELSE 'inntak' END;--> statement-breakpoint
ALTER TABLE "flags" ALTER COLUMN "concern" SET NOT NULL;--> statement-breakpoint
-- The open flag kept per student and concern: a confirmed one before a new one, red before
-- yellow, then the oldest. It takes in the others' evidence keys and the highest level (rod >
-- gul as text); the others are resolved as merged, and their open tasks move to it.
WITH "ranked" AS (
  SELECT "owner_id", "id", "student_id", "concern", "level", "evidence_keys",
    row_number() OVER (PARTITION BY "owner_id", "student_id", "concern"
      ORDER BY ("state" = 'bekreftet') DESC, ("level" = 'rod') DESC, "created_at", "id") AS "n"
  FROM "flags" WHERE "state" IN ('ny', 'bekreftet')
), "keep" AS (
  SELECT * FROM "ranked" WHERE "n" = 1
), "merged" AS (
  SELECT r."owner_id", r."student_id", r."concern", array_agg(DISTINCT k) AS "keys", max(r."level") AS "level"
  FROM "ranked" r CROSS JOIN LATERAL unnest(r."evidence_keys") AS k
  GROUP BY r."owner_id", r."student_id", r."concern" HAVING count(DISTINCT r."id") > 1
), "kept" AS (
  UPDATE "flags" f SET "evidence_keys" = m."keys", "level" = m."level", "evidence_digest" = NULL
  FROM "keep" k JOIN "merged" m ON m."owner_id" = k."owner_id" AND m."student_id" = k."student_id" AND m."concern" = k."concern"
  WHERE f."owner_id" = k."owner_id" AND f."id" = k."id"
  RETURNING f."id"
), "dropped" AS (
  UPDATE "flags" f SET "state" = 'lost', "resolved_at" = now(), "reason_code" = 'merged_into_concern'
  FROM "ranked" r
  WHERE r."n" > 1 AND f."owner_id" = r."owner_id" AND f."id" = r."id"
  RETURNING f."owner_id", f."id", f."student_id", f."concern"
)
UPDATE "tasks" t SET "flag_id" = k."id"
FROM "dropped" d JOIN "keep" k ON k."owner_id" = d."owner_id" AND k."student_id" = d."student_id" AND k."concern" = d."concern"
WHERE t."owner_id" = d."owner_id" AND t."flag_id" = d."id" AND t."done_at" IS NULL;--> statement-breakpoint
-- Open tasks from flags given twice to one person for one student and kind: the most urgent
-- stays open, the others are closed.
WITH "ranked" AS (
  SELECT "owner_id", "id", row_number() OVER (PARTITION BY "owner_id", "student_id", "assignee_staff_id", "kind" ORDER BY "due_on", "created_at", "id") AS "n"
  FROM "tasks" WHERE "done_at" IS NULL AND "flag_id" IS NOT NULL
)
UPDATE "tasks" t SET "done_at" = now() FROM "ranked" r WHERE r."n" > 1 AND t."owner_id" = r."owner_id" AND t."id" = r."id";--> statement-breakpoint
CREATE UNIQUE INDEX "flags_open_concern" ON "flags" USING btree ("owner_id","student_id","concern") WHERE state in ('ny', 'bekreftet');--> statement-breakpoint
CREATE UNIQUE INDEX "tasks_open_flag_task" ON "tasks" USING btree ("owner_id","student_id","assignee_staff_id","kind") WHERE done_at is null and flag_id is not null;--> statement-breakpoint
ALTER TABLE "flags" ADD CONSTRAINT "flags_concern" CHECK (concern in ('fravaersoppfolging', 'fravaersomfang', 'fravaersgrense', 'fravaersmonster', 'karakterer', 'inntak', 'melding'));
