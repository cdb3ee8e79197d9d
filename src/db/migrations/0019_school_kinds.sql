-- A grunnskole is now a barneskole, an ungdomsskole or a kombinert skole (src/domain/vocabulary.ts);
-- one stored before knew no trinn, so it is taken as kombinert (1–10).
UPDATE "schools" SET "kind" = 'kombinert' WHERE "kind" = 'grunnskole';--> statement-breakpoint
ALTER TABLE "schools" ADD CONSTRAINT "schools_kind" CHECK (kind in ('barneskole', 'ungdomsskole', 'kombinert', 'vgs'));
