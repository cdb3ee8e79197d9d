CREATE TABLE "rule_profiles" (
	"owner_id" uuid NOT NULL,
	"key" text NOT NULL,
	"version" integer NOT NULL,
	"school_kind" text NOT NULL,
	"profile" jsonb NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "rule_profiles_owner_id_key_version_pk" PRIMARY KEY("owner_id","key","version")
);
--> statement-breakpoint
DROP INDEX "flags_student";--> statement-breakpoint
ALTER TABLE "flags" ADD COLUMN "rule_profile_key" text DEFAULT 'iko-vgs' NOT NULL;--> statement-breakpoint
ALTER TABLE "flags" ADD COLUMN "level" text DEFAULT 'gul' NOT NULL;--> statement-breakpoint
ALTER TABLE "rule_profiles" ADD CONSTRAINT "rule_profiles_owner_id_owners_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."owners"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "flags_student_evidence" ON "flags" USING btree ("owner_id","student_id","evidence_key");--> statement-breakpoint
CREATE INDEX "flags_school_state" ON "flags" USING btree ("owner_id","school_id","state");--> statement-breakpoint
CREATE UNIQUE INDEX "tasks_flag_kind_assignee" ON "tasks" USING btree ("owner_id","flag_id","kind","assignee_staff_id");--> statement-breakpoint
ALTER TABLE "flags" ADD CONSTRAINT "flags_level" CHECK (level in ('gul', 'rod'));