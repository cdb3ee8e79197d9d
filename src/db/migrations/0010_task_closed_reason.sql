ALTER TABLE "tasks" ADD COLUMN "closed_reason" text;--> statement-breakpoint
ALTER TABLE "tasks" ADD CONSTRAINT "tasks_closed_reason" CHECK (closed_reason in ('overtatt_av_sak'));