CREATE TABLE "calendar_feeds" (
	"token_hash" text PRIMARY KEY NOT NULL,
	"owner_id" uuid NOT NULL,
	"staff_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"revoked_at" timestamp with time zone,
	"last_fetched_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "wheel_maps" (
	"owner_id" uuid NOT NULL,
	"school_id" uuid NOT NULL,
	"school_year_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"map" jsonb NOT NULL,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "wheel_maps_owner_id_school_id_school_year_id_version_pk" PRIMARY KEY("owner_id","school_id","school_year_id","version"),
	CONSTRAINT "wheel_maps_version" CHECK (version >= 1)
);
--> statement-breakpoint
CREATE TABLE "wheel_records" (
	"owner_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"school_id" uuid NOT NULL,
	"school_year_id" uuid NOT NULL,
	"activity_key" text NOT NULL,
	"group_id" uuid,
	"done_on" date NOT NULL,
	"decisions" text DEFAULT '' NOT NULL,
	"recorded_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "wheel_records_owner_id_id_pk" PRIMARY KEY("owner_id","id")
);
--> statement-breakpoint
ALTER TABLE "calendar_feeds" ADD CONSTRAINT "calendar_feeds_owner_id_staff_id_staff_owner_id_id_fk" FOREIGN KEY ("owner_id","staff_id") REFERENCES "public"."staff"("owner_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "wheel_maps" ADD CONSTRAINT "wheel_maps_owner_id_school_year_id_school_years_owner_id_id_fk" FOREIGN KEY ("owner_id","school_year_id") REFERENCES "public"."school_years"("owner_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "wheel_maps" ADD CONSTRAINT "wheel_maps_owner_id_created_by_staff_owner_id_id_fk" FOREIGN KEY ("owner_id","created_by") REFERENCES "public"."staff"("owner_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "wheel_records" ADD CONSTRAINT "wheel_records_owner_id_school_year_id_school_years_owner_id_id_fk" FOREIGN KEY ("owner_id","school_year_id") REFERENCES "public"."school_years"("owner_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "wheel_records" ADD CONSTRAINT "wheel_records_owner_id_recorded_by_staff_owner_id_id_fk" FOREIGN KEY ("owner_id","recorded_by") REFERENCES "public"."staff"("owner_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "calendar_feeds_one_in_force" ON "calendar_feeds" USING btree ("owner_id","staff_id") WHERE revoked_at is null;--> statement-breakpoint
CREATE INDEX "wheel_records_school" ON "wheel_records" USING btree ("owner_id","school_id","school_year_id");