CREATE TABLE "ot_avklaringar" (
	"owner_id" uuid NOT NULL,
	"case_id" uuid NOT NULL,
	"ground" text NOT NULL,
	"opplysingar" jsonb NOT NULL,
	"opplysingar_saved_at" timestamp with time zone,
	"agreement" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"language" text NOT NULL,
	"signed_at" timestamp with time zone,
	"signatures" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "ot_avklaringar_owner_id_case_id_pk" PRIMARY KEY("owner_id","case_id"),
	CONSTRAINT "ot_avklaringar_ground" CHECK (ground in ('fare_for_avbrot', 'sikker_slutt')),
	CONSTRAINT "ot_avklaringar_language" CHECK (language in ('nb', 'nn'))
);
--> statement-breakpoint
CREATE TABLE "ot_follow_up_entries" (
	"owner_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"youth_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"on" date NOT NULL,
	"status_code" text,
	"detail" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"staff_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "ot_follow_up_entries_owner_id_id_pk" PRIMARY KEY("owner_id","id"),
	CONSTRAINT "ot_follow_up_entries_kind" CHECK (kind in ('kontaktforsok', 'status', 'aktivitet', 'plan', 'informasjon', 'notat')),
	CONSTRAINT "ot_follow_up_entries_status" CHECK ((kind = 'status') = (status_code is not null) and (status_code is null or status_code in ('OTUK', 'OTOV', 'OTOA', 'OTAP', 'OTKO', 'OTAR', 'OTEV', 'OTVF', 'OTLL', 'OTNO', 'OTMI', 'OTBA', 'OTSY', 'OTIF')))
);
--> statement-breakpoint
CREATE TABLE "ot_youth" (
	"owner_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"student_id" uuid NOT NULL,
	"origin_school_id" uuid NOT NULL,
	"left_on" date NOT NULL,
	"leave_reason" text NOT NULL,
	"case_id" uuid,
	"advisor_staff_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "ot_youth_owner_id_id_pk" PRIMARY KEY("owner_id","id"),
	CONSTRAINT "ot_youth_leave_reason" CHECK (leave_reason in ('FR', 'SL', 'PS', 'IM', 'AF'))
);
--> statement-breakpoint
ALTER TABLE "cases" DROP CONSTRAINT "cases_outcome";--> statement-breakpoint
ALTER TABLE "meetings" DROP CONSTRAINT "meetings_kind";--> statement-breakpoint
ALTER TABLE "tasks" DROP CONSTRAINT "tasks_closed_reason";--> statement-breakpoint
ALTER TABLE "meetings" ADD COLUMN "outcome" text;--> statement-breakpoint
ALTER TABLE "owners" ADD COLUMN "maalform" text DEFAULT 'nb' NOT NULL;--> statement-breakpoint
ALTER TABLE "owners" ADD COLUMN "ot_age_limit" smallint DEFAULT 24 NOT NULL;--> statement-breakpoint
ALTER TABLE "owners" ADD COLUMN "ot_limit_runs_to" text DEFAULT 'kalenderaar' NOT NULL;--> statement-breakpoint
ALTER TABLE "students" ADD COLUMN "left_on" date;--> statement-breakpoint
ALTER TABLE "students" ADD COLUMN "leave_reason" text;--> statement-breakpoint
ALTER TABLE "ot_avklaringar" ADD CONSTRAINT "ot_avklaringar_owner_id_case_id_cases_owner_id_id_fk" FOREIGN KEY ("owner_id","case_id") REFERENCES "public"."cases"("owner_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ot_follow_up_entries" ADD CONSTRAINT "ot_follow_up_entries_owner_id_youth_id_ot_youth_owner_id_id_fk" FOREIGN KEY ("owner_id","youth_id") REFERENCES "public"."ot_youth"("owner_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ot_follow_up_entries" ADD CONSTRAINT "ot_follow_up_entries_owner_id_staff_id_staff_owner_id_id_fk" FOREIGN KEY ("owner_id","staff_id") REFERENCES "public"."staff"("owner_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ot_youth" ADD CONSTRAINT "ot_youth_owner_id_student_id_students_owner_id_id_fk" FOREIGN KEY ("owner_id","student_id") REFERENCES "public"."students"("owner_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ot_youth" ADD CONSTRAINT "ot_youth_owner_id_case_id_cases_owner_id_id_fk" FOREIGN KEY ("owner_id","case_id") REFERENCES "public"."cases"("owner_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ot_youth" ADD CONSTRAINT "ot_youth_owner_id_advisor_staff_id_staff_owner_id_id_fk" FOREIGN KEY ("owner_id","advisor_staff_id") REFERENCES "public"."staff"("owner_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "ot_follow_up_entries_youth" ON "ot_follow_up_entries" USING btree ("owner_id","youth_id","on");--> statement-breakpoint
CREATE UNIQUE INDEX "ot_youth_student" ON "ot_youth" USING btree ("owner_id","student_id");--> statement-breakpoint
ALTER TABLE "cases" ADD CONSTRAINT "cases_outcome" CHECK (outcome is null or outcome in ('effekt', 'ikke_effekt', 'avbrutt', 'overfort_ot'));--> statement-breakpoint
ALTER TABLE "meetings" ADD CONSTRAINT "meetings_outcome" CHECK (outcome is null or outcome in ('holdt', 'ikkje_mott', 'avlyst'));--> statement-breakpoint
ALTER TABLE "meetings" ADD CONSTRAINT "meetings_kind" CHECK (kind in ('kartleggingsmote', 'evalueringsmote', 'klasselaerermote', 'annet', 'avklaringssamtale'));--> statement-breakpoint
ALTER TABLE "owners" ADD CONSTRAINT "owners_maalform" CHECK (maalform in ('nb', 'nn'));--> statement-breakpoint
ALTER TABLE "owners" ADD CONSTRAINT "owners_ot_limit_runs_to" CHECK (ot_limit_runs_to in ('kalenderaar', 'skolear'));--> statement-breakpoint
ALTER TABLE "owners" ADD CONSTRAINT "owners_ot_age_limit" CHECK (ot_age_limit between 19 and 25);--> statement-breakpoint
ALTER TABLE "students" ADD CONSTRAINT "students_leave_reason" CHECK (leave_reason is null or leave_reason in ('FR', 'SL', 'PS', 'IM', 'AF'));--> statement-breakpoint
ALTER TABLE "students" ADD CONSTRAINT "students_left_with_reason" CHECK ((left_on is null) = (leave_reason is null));--> statement-breakpoint
ALTER TABLE "tasks" ADD CONSTRAINT "tasks_closed_reason" CHECK (closed_reason in ('overtatt_av_sak', 'eleven_slutta'));