CREATE TABLE "check_records" (
	"owner_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"school_id" uuid NOT NULL,
	"group_id" uuid,
	"kind" text NOT NULL,
	"period_from" date NOT NULL,
	"period_to" date NOT NULL,
	"note" text,
	"system_meeting_item" text,
	"done_by" uuid NOT NULL,
	"done_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "check_records_owner_id_id_pk" PRIMARY KEY("owner_id","id"),
	CONSTRAINT "check_records_kind" CHECK (kind in ('ukesjekk', 'manedssjekk', 'semestersjekk'))
);
--> statement-breakpoint
ALTER TABLE "check_records" ADD CONSTRAINT "check_records_owner_id_done_by_staff_owner_id_id_fk" FOREIGN KEY ("owner_id","done_by") REFERENCES "public"."staff"("owner_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "check_records" ADD CONSTRAINT "check_records_owner_id_school_id_schools_owner_id_id_fk" FOREIGN KEY ("owner_id","school_id") REFERENCES "public"."schools"("owner_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "check_records_school_kind" ON "check_records" USING btree ("owner_id","school_id","kind","done_at");