CREATE TABLE "home_notices" (
	"owner_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"student_id" uuid NOT NULL,
	"date" date NOT NULL,
	"lessons" smallint[],
	"type" text NOT NULL,
	"cause" text NOT NULL,
	"recorded_by" uuid,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "home_notices_owner_id_student_id_date_id_pk" PRIMARY KEY("owner_id","student_id","date","id"),
	CONSTRAINT "home_notices_type" CHECK (type in ('dokumentert', 'udokumentert')),
	CONSTRAINT "home_notices_lessons" CHECK (lessons is null or (cardinality(lessons) between 1 and 12 and 1 <= all(lessons) and 12 >= all(lessons)))
);
--> statement-breakpoint
ALTER TABLE "home_notices" ADD CONSTRAINT "home_notices_owner_id_student_id_students_owner_id_id_fk" FOREIGN KEY ("owner_id","student_id") REFERENCES "public"."students"("owner_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "home_notices" ADD CONSTRAINT "home_notices_owner_id_recorded_by_staff_owner_id_id_fk" FOREIGN KEY ("owner_id","recorded_by") REFERENCES "public"."staff"("owner_id","id") ON DELETE no action ON UPDATE no action;