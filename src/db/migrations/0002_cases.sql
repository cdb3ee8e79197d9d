CREATE TABLE "case_events" (
	"owner_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"actor_staff_id" uuid,
	"kind" text NOT NULL,
	"step" text,
	"text" text,
	"detail" jsonb,
	CONSTRAINT "case_events_owner_id_id_pk" PRIMARY KEY("owner_id","id")
);
--> statement-breakpoint
CREATE TABLE "plan_evaluations" (
	"owner_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"plan_id" uuid NOT NULL,
	"plan_version" integer NOT NULL,
	"case_step" text NOT NULL,
	"evaluated_on" date NOT NULL,
	"satisfactory" boolean NOT NULL,
	"adjustment" text DEFAULT '' NOT NULL,
	"row_notes" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "plan_evaluations_owner_id_id_pk" PRIMARY KEY("owner_id","id")
);
--> statement-breakpoint
CREATE TABLE "referrals" (
	"owner_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"student_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"referred_on" date NOT NULL,
	"consent_given_by" text,
	"consent_given_on" date,
	"consent_note" text,
	"checklist" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"guardians_informed_on" date,
	"reason" text NOT NULL,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "referrals_owner_id_id_pk" PRIMARY KEY("owner_id","id"),
	CONSTRAINT "referrals_kind" CHECK (kind in ('ppt', 'bup', 'helsesykepleier', 'barnevern')),
	CONSTRAINT "referrals_consent_given_by" CHECK (consent_given_by is null or consent_given_by in ('foresatte', 'elev'))
);
--> statement-breakpoint
ALTER TABLE "cases" ALTER COLUMN "status" SET DEFAULT 'aapen';--> statement-breakpoint
ALTER TABLE "case_participants" ADD COLUMN "created_at" timestamp with time zone DEFAULT now() NOT NULL;--> statement-breakpoint
ALTER TABLE "cases" ADD COLUMN "teacher_report_id" uuid;--> statement-breakpoint
ALTER TABLE "cases" ADD COLUMN "opened_by" uuid;--> statement-breakpoint
ALTER TABLE "cases" ADD COLUMN "reason" text;--> statement-breakpoint
ALTER TABLE "cases" ADD COLUMN "step_started_on" date NOT NULL;--> statement-breakpoint
ALTER TABLE "cases" ADD COLUMN "step_due_on" date NOT NULL;--> statement-breakpoint
ALTER TABLE "cases" ADD COLUMN "closed_by" uuid;--> statement-breakpoint
ALTER TABLE "cases" ADD COLUMN "outcome_note" text;--> statement-breakpoint
ALTER TABLE "conversations" ADD COLUMN "step" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "conversations" ADD COLUMN "participants" jsonb DEFAULT '[]'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "home_contacts" ADD COLUMN "contacted_name" text;--> statement-breakpoint
ALTER TABLE "meetings" ADD COLUMN "group_id" uuid;--> statement-breakpoint
ALTER TABLE "meetings" ADD COLUMN "agenda" jsonb DEFAULT '[]'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "meetings" ADD COLUMN "decisions" jsonb DEFAULT '[]'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "meetings" ADD COLUMN "created_by" uuid;--> statement-breakpoint
ALTER TABLE "meetings" ADD COLUMN "created_at" timestamp with time zone DEFAULT now() NOT NULL;--> statement-breakpoint
ALTER TABLE "plan_versions" ADD COLUMN "updated_at" timestamp with time zone DEFAULT now() NOT NULL;--> statement-breakpoint
ALTER TABLE "case_events" ADD CONSTRAINT "case_events_owner_id_case_id_cases_owner_id_id_fk" FOREIGN KEY ("owner_id","case_id") REFERENCES "public"."cases"("owner_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_evaluations" ADD CONSTRAINT "plan_evaluations_owner_id_plan_id_plan_version_plan_versions_owner_id_plan_id_version_fk" FOREIGN KEY ("owner_id","plan_id","plan_version") REFERENCES "public"."plan_versions"("owner_id","plan_id","version") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referrals" ADD CONSTRAINT "referrals_owner_id_case_id_cases_owner_id_id_fk" FOREIGN KEY ("owner_id","case_id") REFERENCES "public"."cases"("owner_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referrals" ADD CONSTRAINT "referrals_owner_id_student_id_students_owner_id_id_fk" FOREIGN KEY ("owner_id","student_id") REFERENCES "public"."students"("owner_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "case_events_case" ON "case_events" USING btree ("owner_id","case_id","created_at");--> statement-breakpoint
CREATE INDEX "case_participants_staff" ON "case_participants" USING btree ("owner_id","staff_id");--> statement-breakpoint
CREATE INDEX "cases_school_status" ON "cases" USING btree ("owner_id","school_id","status","step_due_on");--> statement-breakpoint
CREATE INDEX "meetings_school" ON "meetings" USING btree ("owner_id","school_id","starts_at");--> statement-breakpoint
ALTER TABLE "case_participants" ADD CONSTRAINT "case_participants_role" CHECK (role in ('ansvarlig', 'deltaker'));--> statement-breakpoint
ALTER TABLE "cases" ADD CONSTRAINT "cases_status" CHECK (status in ('aapen', 'avsluttet'));--> statement-breakpoint
ALTER TABLE "cases" ADD CONSTRAINT "cases_opened_from" CHECK (opened_from in ('flagg', 'melding', 'manuelt'));--> statement-breakpoint
ALTER TABLE "cases" ADD CONSTRAINT "cases_outcome" CHECK (outcome is null or outcome in ('effekt', 'ikke_effekt', 'avbrutt'));--> statement-breakpoint
ALTER TABLE "home_contacts" ADD CONSTRAINT "home_contacts_channel" CHECK (channel in ('telefon', 'sms', 'e_post', 'mote', 'digitalt_mote', 'brev', 'melding'));--> statement-breakpoint
ALTER TABLE "home_contacts" ADD CONSTRAINT "home_contacts_outcome" CHECK (outcome in ('naadd', 'ikke_naadd', 'beskjed_lagt_igjen'));--> statement-breakpoint
ALTER TABLE "meetings" ADD CONSTRAINT "meetings_kind" CHECK (kind in ('kartleggingsmote', 'evalueringsmote', 'klasselaerermote', 'annet'));--> statement-breakpoint
-- The measures table had no rows: the bank from the seeds lives in code. It is remade as a school's
-- own measures with the owner leading its key (docs/decisions/002).
DROP TABLE "measures";--> statement-breakpoint
CREATE TABLE "measures" (
	"owner_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"school_id" uuid NOT NULL,
	"code" text NOT NULL,
	"title" text NOT NULL,
	"description" text,
	"category" text NOT NULL,
	"level" text NOT NULL,
	"arena" text NOT NULL,
	"case_kinds" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "measures_owner_id_id_pk" PRIMARY KEY("owner_id","id"),
	CONSTRAINT "measures_level" CHECK (level in ('individ', 'gruppe', 'skole'))
);
--> statement-breakpoint
CREATE UNIQUE INDEX "measures_code" ON "measures" USING btree ("owner_id","school_id","code");
