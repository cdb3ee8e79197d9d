CREATE TABLE "overgang_consents" (
	"owner_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"overgang_id" uuid NOT NULL,
	"given_by" text NOT NULL,
	"guardian_id" uuid,
	"given_on" date NOT NULL,
	"recorded_by" uuid NOT NULL,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL,
	"revoked_on" date,
	"revoked_by" text,
	"revoke_recorded_by" uuid,
	CONSTRAINT "overgang_consents_owner_id_id_pk" PRIMARY KEY("owner_id","id"),
	CONSTRAINT "overgang_consents_given_by" CHECK (given_by in ('foresatte', 'elev')),
	CONSTRAINT "overgang_consents_revoked_by" CHECK (revoked_by is null or revoked_by in ('foresatte', 'elev')),
	CONSTRAINT "overgang_consents_guardian" CHECK ((given_by = 'foresatte') = (guardian_id is not null)),
	CONSTRAINT "overgang_consents_revoked" CHECK ((revoked_on is null) = (revoked_by is null))
);
--> statement-breakpoint
CREATE TABLE "overgang_reads" (
	"owner_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"overgang_id" uuid NOT NULL,
	"reader_owner_id" uuid NOT NULL,
	"reader_school_id" uuid NOT NULL,
	"reader_staff_id" uuid NOT NULL,
	"reader_name" text NOT NULL,
	"reader_school_name" text NOT NULL,
	"reader_student_id" uuid NOT NULL,
	"summary" jsonb NOT NULL,
	"read_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "overgang_reads_owner_id_id_pk" PRIMARY KEY("owner_id","id")
);
--> statement-breakpoint
CREATE TABLE "overgang_requests" (
	"owner_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"student_id" uuid NOT NULL,
	"asker_owner_id" uuid NOT NULL,
	"asker_school_id" uuid NOT NULL,
	"asker_school_name" text NOT NULL,
	"asker_staff_id" uuid NOT NULL,
	"asker_name" text NOT NULL,
	"asked_at" timestamp with time zone DEFAULT now() NOT NULL,
	"task_id" uuid,
	CONSTRAINT "overgang_requests_owner_id_id_pk" PRIMARY KEY("owner_id","id")
);
--> statement-breakpoint
CREATE TABLE "overganger" (
	"owner_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"school_id" uuid NOT NULL,
	"student_id" uuid NOT NULL,
	"summary" jsonb NOT NULL,
	"prepared_by" uuid NOT NULL,
	"prepared_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "overganger_owner_id_id_pk" PRIMARY KEY("owner_id","id")
);
--> statement-breakpoint
CREATE TABLE "school_moves" (
	"owner_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"student_id" uuid NOT NULL,
	"from_school_id" uuid NOT NULL,
	"to_school_id" uuid NOT NULL,
	"moved_on" date NOT NULL,
	"moved_by" uuid NOT NULL,
	"note" text,
	"former_read_until" date NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "school_moves_owner_id_id_pk" PRIMARY KEY("owner_id","id"),
	CONSTRAINT "school_moves_two_schools" CHECK (from_school_id <> to_school_id)
);
--> statement-breakpoint
ALTER TABLE "cases" DROP CONSTRAINT "cases_outcome";--> statement-breakpoint
ALTER TABLE "check_records" DROP CONSTRAINT "check_records_kind";--> statement-breakpoint
ALTER TABLE "students" DROP CONSTRAINT "students_leave_reason";--> statement-breakpoint
ALTER TABLE "tasks" DROP CONSTRAINT "tasks_closed_reason";--> statement-breakpoint
ALTER TABLE "check_records" ADD COLUMN "participants" jsonb DEFAULT '[]'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "check_records" ADD COLUMN "meeting_on" date;--> statement-breakpoint
ALTER TABLE "overgang_consents" ADD CONSTRAINT "overgang_consents_owner_id_overgang_id_overganger_owner_id_id_fk" FOREIGN KEY ("owner_id","overgang_id") REFERENCES "public"."overganger"("owner_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "overgang_consents" ADD CONSTRAINT "overgang_consents_owner_id_recorded_by_staff_owner_id_id_fk" FOREIGN KEY ("owner_id","recorded_by") REFERENCES "public"."staff"("owner_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "overgang_reads" ADD CONSTRAINT "overgang_reads_owner_id_overgang_id_overganger_owner_id_id_fk" FOREIGN KEY ("owner_id","overgang_id") REFERENCES "public"."overganger"("owner_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "overgang_requests" ADD CONSTRAINT "overgang_requests_owner_id_student_id_students_owner_id_id_fk" FOREIGN KEY ("owner_id","student_id") REFERENCES "public"."students"("owner_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "overganger" ADD CONSTRAINT "overganger_owner_id_student_id_students_owner_id_id_fk" FOREIGN KEY ("owner_id","student_id") REFERENCES "public"."students"("owner_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "overganger" ADD CONSTRAINT "overganger_owner_id_school_id_schools_owner_id_id_fk" FOREIGN KEY ("owner_id","school_id") REFERENCES "public"."schools"("owner_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "overganger" ADD CONSTRAINT "overganger_owner_id_prepared_by_staff_owner_id_id_fk" FOREIGN KEY ("owner_id","prepared_by") REFERENCES "public"."staff"("owner_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "school_moves" ADD CONSTRAINT "school_moves_owner_id_student_id_students_owner_id_id_fk" FOREIGN KEY ("owner_id","student_id") REFERENCES "public"."students"("owner_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "school_moves" ADD CONSTRAINT "school_moves_owner_id_from_school_id_schools_owner_id_id_fk" FOREIGN KEY ("owner_id","from_school_id") REFERENCES "public"."schools"("owner_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "school_moves" ADD CONSTRAINT "school_moves_owner_id_to_school_id_schools_owner_id_id_fk" FOREIGN KEY ("owner_id","to_school_id") REFERENCES "public"."schools"("owner_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "school_moves" ADD CONSTRAINT "school_moves_owner_id_moved_by_staff_owner_id_id_fk" FOREIGN KEY ("owner_id","moved_by") REFERENCES "public"."staff"("owner_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "overgang_consents_overgang" ON "overgang_consents" USING btree ("owner_id","overgang_id");--> statement-breakpoint
CREATE INDEX "overgang_reads_overgang" ON "overgang_reads" USING btree ("owner_id","overgang_id");--> statement-breakpoint
CREATE UNIQUE INDEX "overgang_requests_once" ON "overgang_requests" USING btree ("owner_id","student_id","asker_owner_id","asker_school_id");--> statement-breakpoint
CREATE UNIQUE INDEX "overganger_student" ON "overganger" USING btree ("owner_id","student_id");--> statement-breakpoint
CREATE INDEX "school_moves_student" ON "school_moves" USING btree ("owner_id","student_id");--> statement-breakpoint
CREATE INDEX "school_moves_from" ON "school_moves" USING btree ("owner_id","from_school_id","former_read_until");--> statement-breakpoint
CREATE INDEX "students_birth_date" ON "students" USING btree ("birth_date");--> statement-breakpoint
ALTER TABLE "cases" ADD CONSTRAINT "cases_outcome" CHECK (outcome is null or outcome in ('effekt', 'ikke_effekt', 'avbrutt', 'overfort_ot', 'skolebytte'));--> statement-breakpoint
ALTER TABLE "check_records" ADD CONSTRAINT "check_records_kind" CHECK (kind in ('ukesjekk', 'manedssjekk', 'semestersjekk', 'fravaersprotokoll'));--> statement-breakpoint
ALTER TABLE "students" ADD CONSTRAINT "students_leave_reason" CHECK (leave_reason is null or leave_reason in ('FR', 'SL', 'PS', 'IM', 'AF', 'fullfort'));--> statement-breakpoint
ALTER TABLE "tasks" ADD CONSTRAINT "tasks_closed_reason" CHECK (closed_reason in ('overtatt_av_sak', 'eleven_slutta', 'eleven_bytta_skole'));