-- The schools file of the imports (docs/imports/schools.md) knows a school by the administrative
-- system's id (skole-id, or a OneRoster org's sourcedId), unique per owner like the other ids.
ALTER TABLE "schools" ADD COLUMN "external_id" text;--> statement-breakpoint
CREATE UNIQUE INDEX "schools_external_id" ON "schools" USING btree ("owner_id","external_id");
