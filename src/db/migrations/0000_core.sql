CREATE TABLE "absence_records" (
	"owner_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"school_id" uuid NOT NULL,
	"student_id" uuid NOT NULL,
	"date" date NOT NULL,
	"scope" text NOT NULL,
	"lesson_number" smallint,
	"group_id" uuid,
	"hours" numeric(4, 2) NOT NULL,
	"minutes_late" smallint,
	"type" text NOT NULL,
	"cause" text,
	"notice_from_home" boolean DEFAULT false NOT NULL,
	"registered_by" uuid,
	"registered_at" timestamp with time zone DEFAULT now() NOT NULL,
	"source" text DEFAULT 'registrering' NOT NULL,
	"external_id" text,
	CONSTRAINT "absence_records_owner_id_id_pk" PRIMARY KEY("owner_id","id"),
	CONSTRAINT "absence_records_scope" CHECK (scope in ('time', 'dag')),
	CONSTRAINT "absence_records_type" CHECK (type in ('dokumentert', 'udokumentert', 'sykdom', 'permisjon', 'forsentkomming', 'ikke_mott')),
	CONSTRAINT "absence_records_lesson" CHECK ((scope = 'dag') = (lesson_number is null)),
	CONSTRAINT "absence_records_hours" CHECK (hours >= 0 and hours <= 12)
);
--> statement-breakpoint
CREATE TABLE "accounts" (
	"owner_id" uuid NOT NULL,
	"staff_id" uuid NOT NULL,
	"username" text NOT NULL,
	"password_hash" text,
	"disabled_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "accounts_owner_id_staff_id_pk" PRIMARY KEY("owner_id","staff_id")
);
--> statement-breakpoint
CREATE TABLE "audit_log" (
	"owner_id" uuid NOT NULL,
	"id" bigserial NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"actor_staff_id" uuid,
	"action" text NOT NULL,
	"entity" text NOT NULL,
	"entity_id" text,
	"student_id" uuid,
	"detail" jsonb,
	CONSTRAINT "audit_log_owner_id_id_pk" PRIMARY KEY("owner_id","id")
);
--> statement-breakpoint
CREATE TABLE "calendar_breaks" (
	"owner_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"school_year_id" uuid NOT NULL,
	"name" text NOT NULL,
	"kind" text NOT NULL,
	"starts_on" date NOT NULL,
	"ends_on" date NOT NULL,
	CONSTRAINT "calendar_breaks_owner_id_id_pk" PRIMARY KEY("owner_id","id"),
	CONSTRAINT "calendar_breaks_kind" CHECK (kind in ('ferie', 'fridag', 'planleggingsdag')),
	CONSTRAINT "calendar_breaks_dates" CHECK (starts_on <= ends_on)
);
--> statement-breakpoint
CREATE TABLE "case_participants" (
	"owner_id" uuid NOT NULL,
	"case_id" uuid NOT NULL,
	"staff_id" uuid NOT NULL,
	"role" text NOT NULL,
	CONSTRAINT "case_participants_owner_id_case_id_staff_id_pk" PRIMARY KEY("owner_id","case_id","staff_id")
);
--> statement-breakpoint
CREATE TABLE "cases" (
	"owner_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"school_id" uuid NOT NULL,
	"student_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"step" text NOT NULL,
	"status" text NOT NULL,
	"opened_from" text NOT NULL,
	"flag_id" uuid,
	"responsible_staff_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"closed_at" timestamp with time zone,
	"outcome" text,
	CONSTRAINT "cases_owner_id_id_pk" PRIMARY KEY("owner_id","id"),
	CONSTRAINT "cases_kind" CHECK (kind in ('iko', 'fravaer', 'skolemiljo', 'ot_avklaring'))
);
--> statement-breakpoint
CREATE TABLE "conversations" (
	"owner_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"guide" text NOT NULL,
	"held_on" date NOT NULL,
	"answers" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"summary" text,
	"cause_categories" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"maintaining_factors" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"next_steps" text,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "conversations_owner_id_id_pk" PRIMARY KEY("owner_id","id")
);
--> statement-breakpoint
CREATE TABLE "documents" (
	"owner_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"student_id" uuid NOT NULL,
	"case_id" uuid,
	"kind" text NOT NULL,
	"title" text NOT NULL,
	"language" text NOT NULL,
	"media_type" text DEFAULT 'application/pdf' NOT NULL,
	"content_base64" text NOT NULL,
	"sent_to" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "documents_owner_id_id_pk" PRIMARY KEY("owner_id","id")
);
--> statement-breakpoint
CREATE TABLE "flags" (
	"owner_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"school_id" uuid NOT NULL,
	"student_id" uuid NOT NULL,
	"rule_code" text NOT NULL,
	"rule_profile_version" integer NOT NULL,
	"evidence_key" text NOT NULL,
	"evidence" jsonb NOT NULL,
	"state" text DEFAULT 'ny' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"decided_by" uuid,
	"decided_at" timestamp with time zone,
	"reason" text,
	"review_on" date,
	"resolved_at" timestamp with time zone,
	CONSTRAINT "flags_owner_id_id_pk" PRIMARY KEY("owner_id","id"),
	CONSTRAINT "flags_state" CHECK (state in ('ny', 'bekreftet', 'avvist', 'lost'))
);
--> statement-breakpoint
CREATE TABLE "grades" (
	"owner_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"student_id" uuid NOT NULL,
	"group_id" uuid,
	"subject_code" text NOT NULL,
	"subject_name" text NOT NULL,
	"kind" text NOT NULL,
	"value" text NOT NULL,
	"given_on" date NOT NULL,
	"registered_by" uuid,
	CONSTRAINT "grades_owner_id_id_pk" PRIMARY KEY("owner_id","id"),
	CONSTRAINT "grades_kind" CHECK (kind in ('midtveis', 'halvaar', 'standpunkt')),
	CONSTRAINT "grades_value" CHECK (value in ('1', '2', '3', '4', '5', '6', 'IV'))
);
--> statement-breakpoint
CREATE TABLE "group_memberships" (
	"owner_id" uuid NOT NULL,
	"group_id" uuid NOT NULL,
	"student_id" uuid NOT NULL,
	"starts_on" date,
	"ends_on" date,
	CONSTRAINT "group_memberships_owner_id_group_id_student_id_pk" PRIMARY KEY("owner_id","group_id","student_id")
);
--> statement-breakpoint
CREATE TABLE "group_teachers" (
	"owner_id" uuid NOT NULL,
	"group_id" uuid NOT NULL,
	"staff_id" uuid NOT NULL,
	"role" text NOT NULL,
	CONSTRAINT "group_teachers_owner_id_group_id_staff_id_role_pk" PRIMARY KEY("owner_id","group_id","staff_id","role"),
	CONSTRAINT "group_teachers_role" CHECK (role in ('kontaktlaerer', 'faglaerer'))
);
--> statement-breakpoint
CREATE TABLE "groups" (
	"owner_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"school_id" uuid NOT NULL,
	"school_year_id" uuid NOT NULL,
	"external_id" text,
	"kind" text NOT NULL,
	"name" text NOT NULL,
	"level" text,
	"programme" text,
	"subject_code" text,
	"subject_name" text,
	CONSTRAINT "groups_owner_id_id_pk" PRIMARY KEY("owner_id","id"),
	CONSTRAINT "groups_kind" CHECK (kind in ('basisgruppe', 'undervisningsgruppe'))
);
--> statement-breakpoint
CREATE TABLE "guardians" (
	"owner_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"external_id" text,
	"given_name" text NOT NULL,
	"family_name" text NOT NULL,
	"phone" text,
	"email" text,
	CONSTRAINT "guardians_owner_id_id_pk" PRIMARY KEY("owner_id","id")
);
--> statement-breakpoint
CREATE TABLE "home_contacts" (
	"owner_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"student_id" uuid NOT NULL,
	"case_id" uuid,
	"guardian_id" uuid,
	"staff_id" uuid NOT NULL,
	"contacted_at" timestamp with time zone NOT NULL,
	"channel" text NOT NULL,
	"outcome" text NOT NULL,
	"note" text,
	CONSTRAINT "home_contacts_owner_id_id_pk" PRIMARY KEY("owner_id","id")
);
--> statement-breakpoint
CREATE TABLE "intake_data" (
	"owner_id" uuid NOT NULL,
	"student_id" uuid NOT NULL,
	"school_year_id" uuid NOT NULL,
	"grade_average" numeric(3, 2),
	"admitted_choice" smallint,
	"subjects_with_grade1_or_missing" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"special_education_notice" boolean DEFAULT false NOT NULL,
	"lower_secondary_absence_percent" numeric(5, 2),
	"received_on" date,
	CONSTRAINT "intake_data_owner_id_student_id_school_year_id_pk" PRIMARY KEY("owner_id","student_id","school_year_id")
);
--> statement-breakpoint
CREATE TABLE "measures" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"owner_id" uuid,
	"code" text NOT NULL,
	"title" text NOT NULL,
	"description" text,
	"category" text NOT NULL,
	"level" text NOT NULL,
	"arena" text NOT NULL,
	"source" text NOT NULL,
	CONSTRAINT "measures_level" CHECK (level in ('individ', 'gruppe', 'skole'))
);
--> statement-breakpoint
CREATE TABLE "meetings" (
	"owner_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"school_id" uuid NOT NULL,
	"case_id" uuid,
	"kind" text NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"place" text,
	"invited" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"present" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"summons_sent_on" date,
	"summons_channel" text,
	"minutes" text,
	CONSTRAINT "meetings_owner_id_id_pk" PRIMARY KEY("owner_id","id")
);
--> statement-breakpoint
CREATE TABLE "owners" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"kind" text NOT NULL,
	"org_number" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "plan_versions" (
	"owner_id" uuid NOT NULL,
	"plan_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"content" jsonb NOT NULL,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"signed_at" timestamp with time zone,
	"signatures" jsonb DEFAULT '[]'::jsonb NOT NULL,
	CONSTRAINT "plan_versions_owner_id_plan_id_version_pk" PRIMARY KEY("owner_id","plan_id","version")
);
--> statement-breakpoint
CREATE TABLE "plans" (
	"owner_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "plans_owner_id_id_pk" PRIMARY KEY("owner_id","id"),
	CONSTRAINT "plans_kind" CHECK (kind in ('oppfolgingsplan', 'tiltaksplan', 'aktivitetsplan', 'ukeplan'))
);
--> statement-breakpoint
CREATE TABLE "school_years" (
	"owner_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"school_id" uuid NOT NULL,
	"name" text NOT NULL,
	"starts_on" date NOT NULL,
	"ends_on" date NOT NULL,
	CONSTRAINT "school_years_owner_id_id_pk" PRIMARY KEY("owner_id","id"),
	CONSTRAINT "school_years_dates" CHECK (starts_on < ends_on)
);
--> statement-breakpoint
CREATE TABLE "schools" (
	"owner_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"kind" text NOT NULL,
	"org_number" text,
	"municipality" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "schools_owner_id_id_pk" PRIMARY KEY("owner_id","id")
);
--> statement-breakpoint
CREATE TABLE "sessions" (
	"token_hash" text PRIMARY KEY NOT NULL,
	"owner_id" uuid NOT NULL,
	"staff_id" uuid NOT NULL,
	"csrf_token" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "staff" (
	"owner_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"external_id" text,
	"given_name" text NOT NULL,
	"family_name" text NOT NULL,
	"email" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "staff_owner_id_id_pk" PRIMARY KEY("owner_id","id")
);
--> statement-breakpoint
CREATE TABLE "staff_roles" (
	"owner_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"staff_id" uuid NOT NULL,
	"role" text NOT NULL,
	"school_id" uuid,
	"title" text,
	CONSTRAINT "staff_roles_owner_id_id_pk" PRIMARY KEY("owner_id","id"),
	CONSTRAINT "staff_roles_role" CHECK (role in ('kontaktlaerer', 'faglaerer', 'radgiver', 'skoleleder', 'helsesykepleier', 'sosiallaerer', 'miljoterapeut', 'ot_radgiver', 'skoleeier', 'administrator'))
);
--> statement-breakpoint
CREATE TABLE "student_guardians" (
	"owner_id" uuid NOT NULL,
	"student_id" uuid NOT NULL,
	"guardian_id" uuid NOT NULL,
	"relation" text NOT NULL,
	"parental_responsibility" boolean NOT NULL,
	"lives_with_student" boolean DEFAULT true NOT NULL,
	CONSTRAINT "student_guardians_owner_id_student_id_guardian_id_pk" PRIMARY KEY("owner_id","student_id","guardian_id")
);
--> statement-breakpoint
CREATE TABLE "students" (
	"owner_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"school_id" uuid NOT NULL,
	"external_id" text,
	"given_name" text NOT NULL,
	"family_name" text NOT NULL,
	"birth_date" date NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "students_owner_id_id_pk" PRIMARY KEY("owner_id","id")
);
--> statement-breakpoint
CREATE TABLE "tasks" (
	"owner_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"school_id" uuid NOT NULL,
	"assignee_staff_id" uuid NOT NULL,
	"student_id" uuid,
	"case_id" uuid,
	"flag_id" uuid,
	"kind" text NOT NULL,
	"title" text NOT NULL,
	"due_on" date NOT NULL,
	"done_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "tasks_owner_id_id_pk" PRIMARY KEY("owner_id","id")
);
--> statement-breakpoint
CREATE TABLE "teacher_reports" (
	"owner_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"student_id" uuid NOT NULL,
	"reported_by" uuid NOT NULL,
	"kind" text NOT NULL,
	"subject_code" text,
	"text" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "teacher_reports_owner_id_id_pk" PRIMARY KEY("owner_id","id"),
	CONSTRAINT "teacher_reports_kind" CHECK (kind in ('urealistiske_valg', 'mistrivsel', 'grunnleggende_ferdigheter', 'fare_for_1_eller_iv', 'skolemiljo'))
);
--> statement-breakpoint
CREATE TABLE "terms" (
	"owner_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"school_year_id" uuid NOT NULL,
	"name" text NOT NULL,
	"starts_on" date NOT NULL,
	"ends_on" date NOT NULL,
	CONSTRAINT "terms_owner_id_id_pk" PRIMARY KEY("owner_id","id"),
	CONSTRAINT "terms_dates" CHECK (starts_on <= ends_on)
);
--> statement-breakpoint
CREATE TABLE "timetable_slots" (
	"owner_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"group_id" uuid NOT NULL,
	"weekday" smallint NOT NULL,
	"lesson_number" smallint NOT NULL,
	"starts_at" text NOT NULL,
	"ends_at" text NOT NULL,
	CONSTRAINT "timetable_slots_owner_id_id_pk" PRIMARY KEY("owner_id","id"),
	CONSTRAINT "timetable_slots_weekday" CHECK (weekday between 1 and 5)
);
--> statement-breakpoint
ALTER TABLE "absence_records" ADD CONSTRAINT "absence_records_owner_id_student_id_students_owner_id_id_fk" FOREIGN KEY ("owner_id","student_id") REFERENCES "public"."students"("owner_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "absence_records" ADD CONSTRAINT "absence_records_owner_id_group_id_groups_owner_id_id_fk" FOREIGN KEY ("owner_id","group_id") REFERENCES "public"."groups"("owner_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "absence_records" ADD CONSTRAINT "absence_records_owner_id_registered_by_staff_owner_id_id_fk" FOREIGN KEY ("owner_id","registered_by") REFERENCES "public"."staff"("owner_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "accounts" ADD CONSTRAINT "accounts_owner_id_staff_id_staff_owner_id_id_fk" FOREIGN KEY ("owner_id","staff_id") REFERENCES "public"."staff"("owner_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "calendar_breaks" ADD CONSTRAINT "calendar_breaks_owner_id_school_year_id_school_years_owner_id_id_fk" FOREIGN KEY ("owner_id","school_year_id") REFERENCES "public"."school_years"("owner_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_participants" ADD CONSTRAINT "case_participants_owner_id_case_id_cases_owner_id_id_fk" FOREIGN KEY ("owner_id","case_id") REFERENCES "public"."cases"("owner_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_participants" ADD CONSTRAINT "case_participants_owner_id_staff_id_staff_owner_id_id_fk" FOREIGN KEY ("owner_id","staff_id") REFERENCES "public"."staff"("owner_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cases" ADD CONSTRAINT "cases_owner_id_student_id_students_owner_id_id_fk" FOREIGN KEY ("owner_id","student_id") REFERENCES "public"."students"("owner_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cases" ADD CONSTRAINT "cases_owner_id_responsible_staff_id_staff_owner_id_id_fk" FOREIGN KEY ("owner_id","responsible_staff_id") REFERENCES "public"."staff"("owner_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "conversations" ADD CONSTRAINT "conversations_owner_id_case_id_cases_owner_id_id_fk" FOREIGN KEY ("owner_id","case_id") REFERENCES "public"."cases"("owner_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "documents" ADD CONSTRAINT "documents_owner_id_student_id_students_owner_id_id_fk" FOREIGN KEY ("owner_id","student_id") REFERENCES "public"."students"("owner_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "flags" ADD CONSTRAINT "flags_owner_id_student_id_students_owner_id_id_fk" FOREIGN KEY ("owner_id","student_id") REFERENCES "public"."students"("owner_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "grades" ADD CONSTRAINT "grades_owner_id_student_id_students_owner_id_id_fk" FOREIGN KEY ("owner_id","student_id") REFERENCES "public"."students"("owner_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "grades" ADD CONSTRAINT "grades_owner_id_group_id_groups_owner_id_id_fk" FOREIGN KEY ("owner_id","group_id") REFERENCES "public"."groups"("owner_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "group_memberships" ADD CONSTRAINT "group_memberships_owner_id_group_id_groups_owner_id_id_fk" FOREIGN KEY ("owner_id","group_id") REFERENCES "public"."groups"("owner_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "group_memberships" ADD CONSTRAINT "group_memberships_owner_id_student_id_students_owner_id_id_fk" FOREIGN KEY ("owner_id","student_id") REFERENCES "public"."students"("owner_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "group_teachers" ADD CONSTRAINT "group_teachers_owner_id_group_id_groups_owner_id_id_fk" FOREIGN KEY ("owner_id","group_id") REFERENCES "public"."groups"("owner_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "group_teachers" ADD CONSTRAINT "group_teachers_owner_id_staff_id_staff_owner_id_id_fk" FOREIGN KEY ("owner_id","staff_id") REFERENCES "public"."staff"("owner_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "groups" ADD CONSTRAINT "groups_owner_id_school_id_schools_owner_id_id_fk" FOREIGN KEY ("owner_id","school_id") REFERENCES "public"."schools"("owner_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "groups" ADD CONSTRAINT "groups_owner_id_school_year_id_school_years_owner_id_id_fk" FOREIGN KEY ("owner_id","school_year_id") REFERENCES "public"."school_years"("owner_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "guardians" ADD CONSTRAINT "guardians_owner_id_owners_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."owners"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "home_contacts" ADD CONSTRAINT "home_contacts_owner_id_student_id_students_owner_id_id_fk" FOREIGN KEY ("owner_id","student_id") REFERENCES "public"."students"("owner_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "intake_data" ADD CONSTRAINT "intake_data_owner_id_student_id_students_owner_id_id_fk" FOREIGN KEY ("owner_id","student_id") REFERENCES "public"."students"("owner_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "intake_data" ADD CONSTRAINT "intake_data_owner_id_school_year_id_school_years_owner_id_id_fk" FOREIGN KEY ("owner_id","school_year_id") REFERENCES "public"."school_years"("owner_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meetings" ADD CONSTRAINT "meetings_owner_id_case_id_cases_owner_id_id_fk" FOREIGN KEY ("owner_id","case_id") REFERENCES "public"."cases"("owner_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_versions" ADD CONSTRAINT "plan_versions_owner_id_plan_id_plans_owner_id_id_fk" FOREIGN KEY ("owner_id","plan_id") REFERENCES "public"."plans"("owner_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plans" ADD CONSTRAINT "plans_owner_id_case_id_cases_owner_id_id_fk" FOREIGN KEY ("owner_id","case_id") REFERENCES "public"."cases"("owner_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "school_years" ADD CONSTRAINT "school_years_owner_id_school_id_schools_owner_id_id_fk" FOREIGN KEY ("owner_id","school_id") REFERENCES "public"."schools"("owner_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "schools" ADD CONSTRAINT "schools_owner_id_owners_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."owners"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sessions" ADD CONSTRAINT "sessions_owner_id_staff_id_staff_owner_id_id_fk" FOREIGN KEY ("owner_id","staff_id") REFERENCES "public"."staff"("owner_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "staff" ADD CONSTRAINT "staff_owner_id_owners_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."owners"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "staff_roles" ADD CONSTRAINT "staff_roles_owner_id_staff_id_staff_owner_id_id_fk" FOREIGN KEY ("owner_id","staff_id") REFERENCES "public"."staff"("owner_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "staff_roles" ADD CONSTRAINT "staff_roles_owner_id_school_id_schools_owner_id_id_fk" FOREIGN KEY ("owner_id","school_id") REFERENCES "public"."schools"("owner_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "student_guardians" ADD CONSTRAINT "student_guardians_owner_id_student_id_students_owner_id_id_fk" FOREIGN KEY ("owner_id","student_id") REFERENCES "public"."students"("owner_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "student_guardians" ADD CONSTRAINT "student_guardians_owner_id_guardian_id_guardians_owner_id_id_fk" FOREIGN KEY ("owner_id","guardian_id") REFERENCES "public"."guardians"("owner_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "students" ADD CONSTRAINT "students_owner_id_school_id_schools_owner_id_id_fk" FOREIGN KEY ("owner_id","school_id") REFERENCES "public"."schools"("owner_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tasks" ADD CONSTRAINT "tasks_owner_id_assignee_staff_id_staff_owner_id_id_fk" FOREIGN KEY ("owner_id","assignee_staff_id") REFERENCES "public"."staff"("owner_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "teacher_reports" ADD CONSTRAINT "teacher_reports_owner_id_student_id_students_owner_id_id_fk" FOREIGN KEY ("owner_id","student_id") REFERENCES "public"."students"("owner_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "teacher_reports" ADD CONSTRAINT "teacher_reports_owner_id_reported_by_staff_owner_id_id_fk" FOREIGN KEY ("owner_id","reported_by") REFERENCES "public"."staff"("owner_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "terms" ADD CONSTRAINT "terms_owner_id_school_year_id_school_years_owner_id_id_fk" FOREIGN KEY ("owner_id","school_year_id") REFERENCES "public"."school_years"("owner_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "timetable_slots" ADD CONSTRAINT "timetable_slots_owner_id_group_id_groups_owner_id_id_fk" FOREIGN KEY ("owner_id","group_id") REFERENCES "public"."groups"("owner_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "absence_records_student_date" ON "absence_records" USING btree ("owner_id","student_id","date");--> statement-breakpoint
CREATE INDEX "absence_records_school_date" ON "absence_records" USING btree ("owner_id","school_id","date");--> statement-breakpoint
CREATE UNIQUE INDEX "absence_records_external_id" ON "absence_records" USING btree ("owner_id","external_id");--> statement-breakpoint
CREATE UNIQUE INDEX "accounts_username" ON "accounts" USING btree ("username");--> statement-breakpoint
CREATE INDEX "audit_log_student" ON "audit_log" USING btree ("owner_id","student_id","at");--> statement-breakpoint
CREATE INDEX "audit_log_actor" ON "audit_log" USING btree ("owner_id","actor_staff_id","at");--> statement-breakpoint
CREATE INDEX "cases_student" ON "cases" USING btree ("owner_id","student_id");--> statement-breakpoint
CREATE INDEX "flags_student" ON "flags" USING btree ("owner_id","student_id");--> statement-breakpoint
CREATE INDEX "grades_student" ON "grades" USING btree ("owner_id","student_id");--> statement-breakpoint
CREATE INDEX "group_memberships_student" ON "group_memberships" USING btree ("owner_id","student_id");--> statement-breakpoint
CREATE INDEX "group_teachers_staff" ON "group_teachers" USING btree ("owner_id","staff_id");--> statement-breakpoint
CREATE UNIQUE INDEX "groups_external_id" ON "groups" USING btree ("owner_id","external_id");--> statement-breakpoint
CREATE INDEX "groups_school" ON "groups" USING btree ("owner_id","school_id","school_year_id");--> statement-breakpoint
CREATE UNIQUE INDEX "guardians_external_id" ON "guardians" USING btree ("owner_id","external_id");--> statement-breakpoint
CREATE INDEX "home_contacts_student" ON "home_contacts" USING btree ("owner_id","student_id");--> statement-breakpoint
CREATE UNIQUE INDEX "measures_code" ON "measures" USING btree ("owner_id","code");--> statement-breakpoint
CREATE UNIQUE INDEX "school_years_school_name" ON "school_years" USING btree ("owner_id","school_id","name");--> statement-breakpoint
CREATE UNIQUE INDEX "staff_external_id" ON "staff" USING btree ("owner_id","external_id");--> statement-breakpoint
CREATE INDEX "staff_roles_staff" ON "staff_roles" USING btree ("owner_id","staff_id");--> statement-breakpoint
CREATE INDEX "student_guardians_guardian" ON "student_guardians" USING btree ("owner_id","guardian_id");--> statement-breakpoint
CREATE UNIQUE INDEX "students_external_id" ON "students" USING btree ("owner_id","external_id");--> statement-breakpoint
CREATE INDEX "students_school" ON "students" USING btree ("owner_id","school_id");--> statement-breakpoint
CREATE INDEX "tasks_assignee" ON "tasks" USING btree ("owner_id","assignee_staff_id","done_at");--> statement-breakpoint
CREATE INDEX "teacher_reports_student" ON "teacher_reports" USING btree ("owner_id","student_id");--> statement-breakpoint
CREATE UNIQUE INDEX "timetable_slots_group_slot" ON "timetable_slots" USING btree ("owner_id","group_id","weekday","lesson_number");