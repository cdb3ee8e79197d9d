ALTER TABLE "absence_records" DROP CONSTRAINT "absence_records_owner_id_student_id_students_owner_id_id_fk";
--> statement-breakpoint
ALTER TABLE "absence_records" DROP CONSTRAINT "absence_records_owner_id_group_id_groups_owner_id_id_fk";
--> statement-breakpoint
ALTER TABLE "absence_records" DROP CONSTRAINT "absence_records_owner_id_registered_by_staff_owner_id_id_fk";
--> statement-breakpoint
DROP INDEX "absence_records_student_date";--> statement-breakpoint
DROP INDEX "absence_records_school_date";--> statement-breakpoint
ALTER TABLE "absence_records" DROP CONSTRAINT "absence_records_owner_id_id_pk";--> statement-breakpoint
ALTER TABLE "absence_records" ADD CONSTRAINT "absence_records_owner_id_student_id_date_id_pk" PRIMARY KEY("owner_id","student_id","date","id");--> statement-breakpoint
ALTER TABLE "flags" ADD COLUMN "evidence_digest" text;