CREATE TABLE "lesson_registrations" (
	"owner_id" uuid NOT NULL,
	"group_id" uuid NOT NULL,
	"date" date NOT NULL,
	"lesson_number" smallint NOT NULL,
	"registered_by" uuid,
	"registered_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "lesson_registrations_owner_id_group_id_date_lesson_number_pk" PRIMARY KEY("owner_id","group_id","date","lesson_number"),
	CONSTRAINT "lesson_registrations_lesson" CHECK (lesson_number between 0 and 12)
);
--> statement-breakpoint
ALTER TABLE "lesson_registrations" ADD CONSTRAINT "lesson_registrations_owner_id_group_id_groups_owner_id_id_fk" FOREIGN KEY ("owner_id","group_id") REFERENCES "public"."groups"("owner_id","id") ON DELETE no action ON UPDATE no action;