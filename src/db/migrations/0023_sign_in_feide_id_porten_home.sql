CREATE TABLE "feide_group_snapshots" (
	"owner_id" uuid NOT NULL,
	"staff_id" uuid NOT NULL,
	"fetched_at" timestamp with time zone NOT NULL,
	"groups" jsonb NOT NULL,
	CONSTRAINT "feide_group_snapshots_owner_id_staff_id_pk" PRIMARY KEY("owner_id","staff_id")
);
--> statement-breakpoint
CREATE TABLE "home_access_consents" (
	"owner_id" uuid NOT NULL,
	"student_id" uuid NOT NULL,
	"guardian_id" uuid NOT NULL,
	"given_at" timestamp with time zone NOT NULL,
	"revoked_at" timestamp with time zone,
	CONSTRAINT "home_access_consents_owner_id_student_id_guardian_id_pk" PRIMARY KEY("owner_id","student_id","guardian_id")
);
--> statement-breakpoint
CREATE TABLE "home_sessions" (
	"token_hash" text PRIMARY KEY NOT NULL,
	"person_kind" text NOT NULL,
	"method" text NOT NULL,
	"identity" text NOT NULL,
	"display_name" text NOT NULL,
	"csrf_token" text NOT NULL,
	"id_token" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"last_seen_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "home_sessions_person_kind" CHECK (person_kind in ('elev', 'foresatt')),
	CONSTRAINT "home_sessions_method" CHECK (method in ('password', 'password_totp', 'feide', 'id_porten'))
);
--> statement-breakpoint
CREATE TABLE "oidc_sign_ins" (
	"state_hash" text PRIMARY KEY NOT NULL,
	"provider" text NOT NULL,
	"code_verifier" text NOT NULL,
	"nonce" text NOT NULL,
	"return_to" text DEFAULT '/' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"used_at" timestamp with time zone,
	CONSTRAINT "oidc_sign_ins_provider" CHECK (provider in ('feide', 'id_porten'))
);
--> statement-breakpoint
ALTER TABLE "accounts" ADD COLUMN "totp_secret" text;--> statement-breakpoint
ALTER TABLE "accounts" ADD COLUMN "totp_confirmed_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "accounts" ADD COLUMN "totp_last_step" bigint;--> statement-breakpoint
ALTER TABLE "guardians" ADD COLUMN "national_id_hash" text;--> statement-breakpoint
ALTER TABLE "plan_versions" ADD COLUMN "shared_with_home_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "plan_versions" ADD COLUMN "shared_with_home_by" uuid;--> statement-breakpoint
ALTER TABLE "sessions" ADD COLUMN "method" text DEFAULT 'password' NOT NULL;--> statement-breakpoint
ALTER TABLE "sessions" ADD COLUMN "id_token" text;--> statement-breakpoint
ALTER TABLE "students" ADD COLUMN "national_id_hash" text;--> statement-breakpoint
ALTER TABLE "feide_group_snapshots" ADD CONSTRAINT "feide_group_snapshots_owner_id_staff_id_staff_owner_id_id_fk" FOREIGN KEY ("owner_id","staff_id") REFERENCES "public"."staff"("owner_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "home_access_consents" ADD CONSTRAINT "home_access_consents_owner_id_student_id_students_owner_id_id_fk" FOREIGN KEY ("owner_id","student_id") REFERENCES "public"."students"("owner_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "home_access_consents" ADD CONSTRAINT "home_access_consents_owner_id_guardian_id_guardians_owner_id_id_fk" FOREIGN KEY ("owner_id","guardian_id") REFERENCES "public"."guardians"("owner_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "home_sessions_expires" ON "home_sessions" USING btree ("expires_at");--> statement-breakpoint
CREATE INDEX "oidc_sign_ins_created" ON "oidc_sign_ins" USING btree ("created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "guardians_national_id_hash" ON "guardians" USING btree ("owner_id","national_id_hash");--> statement-breakpoint
CREATE INDEX "guardians_national_id_hash_any_owner" ON "guardians" USING btree ("national_id_hash");--> statement-breakpoint
CREATE INDEX "staff_feide_name_any_owner" ON "staff" USING btree ("feide_name");--> statement-breakpoint
CREATE INDEX "students_feide_name_any_owner" ON "students" USING btree ("feide_name");--> statement-breakpoint
CREATE INDEX "students_national_id_hash" ON "students" USING btree ("national_id_hash");--> statement-breakpoint
ALTER TABLE "sessions" ADD CONSTRAINT "sessions_method" CHECK (method in ('password', 'password_totp', 'feide', 'id_porten'));