CREATE TABLE "notices" (
	"owner_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"school_id" uuid NOT NULL,
	"student_id" uuid,
	"case_id" uuid,
	"kind" text NOT NULL,
	"reason" text NOT NULL,
	"subject_id" uuid,
	"facts" jsonb NOT NULL,
	"recipient_kind" text NOT NULL,
	"recipient_id" uuid NOT NULL,
	"recipient_name" text NOT NULL,
	"channel" text,
	"address_hint" text,
	"language" text NOT NULL,
	"day" date NOT NULL,
	"status" text NOT NULL,
	"status_reason" text,
	"status_detail" text,
	"provider_status" text,
	"external_id" text,
	"attempts" smallint DEFAULT 0 NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"sent_at" timestamp with time zone,
	"delivered_at" timestamp with time zone,
	"failed_at" timestamp with time zone,
	"resent_at" timestamp with time zone,
	"resent_by" uuid,
	CONSTRAINT "notices_owner_id_id_pk" PRIMARY KEY("owner_id","id"),
	CONSTRAINT "notices_kind" CHECK (kind in ('innkalling', 'kopi', 'fravaer_samme_dag', 'daglig_oppsummering', 'frist_paaminnelse')),
	CONSTRAINT "notices_channel" CHECK (channel is null or channel in ('epost', 'sms', 'digital_post')),
	CONSTRAINT "notices_status" CHECK (status in ('queued', 'sent', 'delivered', 'failed', 'not_sent')),
	CONSTRAINT "notices_status_reason" CHECK (status_reason is null or status_reason in ('no_channel', 'no_address', 'channel_gone', 'address_gone', 'no_national_id', 'sensitive', 'provider_unreachable', 'provider_refused', 'unknown')),
	CONSTRAINT "notices_recipient_kind" CHECK (recipient_kind in ('foresatt', 'elev', 'ansatt')),
	CONSTRAINT "notices_language" CHECK (language in ('nb', 'nn'))
);
--> statement-breakpoint
ALTER TABLE "guardians" ADD COLUMN "notice_language" text;--> statement-breakpoint
ALTER TABLE "schools" ADD COLUMN "notice_language" text DEFAULT 'nb' NOT NULL;--> statement-breakpoint
ALTER TABLE "schools" ADD COLUMN "same_day_absence_notice" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "schools" ADD COLUMN "notice_phone" text;--> statement-breakpoint
ALTER TABLE "notices" ADD CONSTRAINT "notices_owner_id_school_id_schools_owner_id_id_fk" FOREIGN KEY ("owner_id","school_id") REFERENCES "public"."schools"("owner_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "notices_once_a_day" ON "notices" USING btree ("owner_id","kind","reason","recipient_kind","recipient_id","day");--> statement-breakpoint
CREATE INDEX "notices_student" ON "notices" USING btree ("owner_id","student_id","created_at");--> statement-breakpoint
CREATE INDEX "notices_case" ON "notices" USING btree ("owner_id","case_id");--> statement-breakpoint
CREATE INDEX "notices_status" ON "notices" USING btree ("status") WHERE status in ('queued', 'sent');--> statement-breakpoint
ALTER TABLE "guardians" ADD CONSTRAINT "guardians_notice_language" CHECK (notice_language is null or notice_language in ('nb', 'nn'));--> statement-breakpoint
ALTER TABLE "schools" ADD CONSTRAINT "schools_notice_language" CHECK (notice_language in ('nb', 'nn'));