CREATE TABLE "closer_follow_ups" (
	"owner_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"school_id" uuid NOT NULL,
	"student_id" uuid NOT NULL,
	"set_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"reason" text NOT NULL,
	"review_on" date NOT NULL,
	"review_task_id" uuid,
	"ended_at" timestamp with time zone,
	"ended_by" uuid,
	"end_reason" text,
	"end_note" text,
	CONSTRAINT "closer_follow_ups_owner_id_id_pk" PRIMARY KEY("owner_id","id"),
	CONSTRAINT "closer_follow_ups_end_reason" CHECK (end_reason is null or end_reason in ('avsluttet', 'iko_sak_avsluttet_med_effekt'))
);
--> statement-breakpoint
ALTER TABLE "home_contacts" ADD COLUMN "task_id" uuid;--> statement-breakpoint
ALTER TABLE "home_contacts" ADD COLUMN "recorded_at" timestamp with time zone DEFAULT now() NOT NULL;--> statement-breakpoint
ALTER TABLE "closer_follow_ups" ADD CONSTRAINT "closer_follow_ups_owner_id_student_id_students_owner_id_id_fk" FOREIGN KEY ("owner_id","student_id") REFERENCES "public"."students"("owner_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "closer_follow_ups" ADD CONSTRAINT "closer_follow_ups_owner_id_set_by_staff_owner_id_id_fk" FOREIGN KEY ("owner_id","set_by") REFERENCES "public"."staff"("owner_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "closer_follow_ups_one_open" ON "closer_follow_ups" USING btree ("owner_id","student_id") WHERE ended_at is null;--> statement-breakpoint
CREATE INDEX "home_contacts_task" ON "home_contacts" USING btree ("owner_id","task_id");