CREATE TABLE "fint_sync_runs" (
	"owner_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"school_id" uuid NOT NULL,
	"fint_school" text NOT NULL,
	"trigger" text NOT NULL,
	"started_by" uuid,
	"started_at" timestamp with time zone NOT NULL,
	"finished_at" timestamp with time zone NOT NULL,
	"status" text NOT NULL,
	"report" jsonb NOT NULL,
	CONSTRAINT "fint_sync_runs_owner_id_id_pk" PRIMARY KEY("owner_id","id"),
	CONSTRAINT "fint_sync_runs_trigger" CHECK (trigger in ('web', 'cli', 'schedule')),
	CONSTRAINT "fint_sync_runs_status" CHECK (status in ('synced', 'rejected', 'failed'))
);
--> statement-breakpoint
CREATE TABLE "fint_sync_schedules" (
	"owner_id" uuid NOT NULL,
	"school_id" uuid NOT NULL,
	"fint_school" text NOT NULL,
	"time_of_day" text NOT NULL,
	"enabled" boolean DEFAULT true NOT NULL,
	"next_run_at" timestamp with time zone NOT NULL,
	"updated_by" uuid NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "fint_sync_schedules_owner_id_school_id_pk" PRIMARY KEY("owner_id","school_id"),
	CONSTRAINT "fint_sync_schedules_time" CHECK (time_of_day ~ '^([01][0-9]|2[0-3]):[0-5][0-9]$')
);
--> statement-breakpoint
ALTER TABLE "students" ALTER COLUMN "birth_date" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "staff" ADD COLUMN "feide_name" text;--> statement-breakpoint
ALTER TABLE "students" ADD COLUMN "feide_name" text;--> statement-breakpoint
ALTER TABLE "fint_sync_runs" ADD CONSTRAINT "fint_sync_runs_owner_id_school_id_schools_owner_id_id_fk" FOREIGN KEY ("owner_id","school_id") REFERENCES "public"."schools"("owner_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fint_sync_runs" ADD CONSTRAINT "fint_sync_runs_owner_id_started_by_staff_owner_id_id_fk" FOREIGN KEY ("owner_id","started_by") REFERENCES "public"."staff"("owner_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fint_sync_schedules" ADD CONSTRAINT "fint_sync_schedules_owner_id_school_id_schools_owner_id_id_fk" FOREIGN KEY ("owner_id","school_id") REFERENCES "public"."schools"("owner_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fint_sync_schedules" ADD CONSTRAINT "fint_sync_schedules_owner_id_updated_by_staff_owner_id_id_fk" FOREIGN KEY ("owner_id","updated_by") REFERENCES "public"."staff"("owner_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "fint_sync_runs_school" ON "fint_sync_runs" USING btree ("owner_id","school_id","started_at");--> statement-breakpoint
CREATE INDEX "fint_sync_schedules_due" ON "fint_sync_schedules" USING btree ("next_run_at");--> statement-breakpoint
CREATE UNIQUE INDEX "staff_feide_name" ON "staff" USING btree ("owner_id","feide_name");--> statement-breakpoint
CREATE UNIQUE INDEX "students_feide_name" ON "students" USING btree ("owner_id","feide_name");