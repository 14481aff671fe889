CREATE TABLE "annual_plan_items" (
	"plan_id" uuid NOT NULL,
	"task_id" uuid NOT NULL,
	"source_task_id" uuid,
	"field" text NOT NULL,
	"carried" boolean DEFAULT false NOT NULL,
	CONSTRAINT "annual_plan_items_plan_id_task_id_pk" PRIMARY KEY("plan_id","task_id")
);
--> statement-breakpoint
CREATE TABLE "annual_plans" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"year" integer NOT NULL,
	"document_ids" uuid[] NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"number" text,
	"issued_on" date,
	"document_id" uuid,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "audit_log" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"actor_id" uuid,
	"actor_name" text NOT NULL,
	"entity" text NOT NULL,
	"entity_id" text NOT NULL,
	"action" text NOT NULL,
	"unit_id" uuid,
	"before" jsonb,
	"after" jsonb,
	"chain_seq" bigint,
	"prev_hash" text,
	"hash" text
);
--> statement-breakpoint
CREATE TABLE "activities" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"kind" text NOT NULL,
	"title" text NOT NULL,
	"start_on" date NOT NULL,
	"end_on" date,
	"place" text DEFAULT '' NOT NULL,
	"leaders" text DEFAULT '' NOT NULL,
	"countries" text[] DEFAULT '{}'::text[] NOT NULL,
	"summary" text DEFAULT '' NOT NULL,
	"search" text NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "activity_documents" (
	"activity_id" uuid NOT NULL,
	"document_id" uuid NOT NULL,
	CONSTRAINT "activity_documents_activity_id_document_id_pk" PRIMARY KEY("activity_id","document_id")
);
--> statement-breakpoint
CREATE TABLE "commitment_resources" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"commitment_id" uuid NOT NULL,
	"unit_id" uuid,
	"source" text NOT NULL,
	"staff" integer DEFAULT 0 NOT NULL,
	"planned_vnd" bigint DEFAULT 0 NOT NULL,
	"spent_vnd" bigint DEFAULT 0 NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "commitment_resources_amounts" CHECK ("commitment_resources"."planned_vnd" >= 0 and "commitment_resources"."spent_vnd" >= 0 and "commitment_resources"."staff" >= 0)
);
--> statement-breakpoint
CREATE TABLE "commitment_reviews" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"commitment_id" uuid NOT NULL,
	"reviewed_on" date NOT NULL,
	"reviewer_id" uuid,
	"unit_id" uuid,
	"done" text DEFAULT '' NOT NULL,
	"not_done" text DEFAULT '' NOT NULL,
	"difficulties" text DEFAULT '' NOT NULL,
	"causes" text DEFAULT '' NOT NULL,
	"legal_compatibility" text NOT NULL,
	"legal_basis" text DEFAULT '' NOT NULL,
	"local_fit" text DEFAULT '' NOT NULL,
	"feasibility" text NOT NULL,
	"completion_level" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "commitments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"activity_id" uuid,
	"title" text NOT NULL,
	"form" text DEFAULT 'mou' NOT NULL,
	"partner" text DEFAULT '' NOT NULL,
	"partner_kind" text DEFAULT 'locality' NOT NULL,
	"partner_key" text DEFAULT '' NOT NULL,
	"country" text DEFAULT '' NOT NULL,
	"field" text DEFAULT 'other' NOT NULL,
	"content" text DEFAULT '' NOT NULL,
	"signatories" text DEFAULT '' NOT NULL,
	"signed_on" date,
	"effective_on" date,
	"expires_on" date,
	"validity" text DEFAULT '' NOT NULL,
	"lead_unit_id" uuid,
	"coordinating_unit_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL,
	"priority" integer,
	"province_agreement" boolean DEFAULT false NOT NULL,
	"reported_on" date,
	"report_ref" text,
	"search" text NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "milestones" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"commitment_id" uuid NOT NULL,
	"seq" integer DEFAULT 0 NOT NULL,
	"title" text NOT NULL,
	"deliverable" text DEFAULT '' NOT NULL,
	"due_on" date,
	"weight" integer DEFAULT 1 NOT NULL,
	"unit_id" uuid,
	"progress" integer DEFAULT 0 NOT NULL,
	"completed_on" date,
	"note" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "milestones_progress_range" CHECK ("milestones"."progress" between 0 and 100),
	CONSTRAINT "milestones_weight_positive" CHECK ("milestones"."weight" between 1 and 100)
);
--> statement-breakpoint
CREATE TABLE "obstacle_steps" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"obstacle_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"from_level" text,
	"to_level" text NOT NULL,
	"text" text DEFAULT '' NOT NULL,
	"response_due_on" date,
	"actor_id" uuid,
	"actor_name" text NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "obstacles" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"subject_type" text NOT NULL,
	"assignment_id" uuid,
	"commitment_id" uuid,
	"unit_id" uuid NOT NULL,
	"description" text NOT NULL,
	"cause" text DEFAULT '' NOT NULL,
	"proposal" text DEFAULT '' NOT NULL,
	"level" text DEFAULT 'focal' NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"response_due_on" date,
	"responded_on" date,
	"resolution" text,
	"resolved_on" date,
	"raised_by" uuid,
	"raised_on" date NOT NULL,
	"search" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "obstacles_one_subject" CHECK (("obstacles"."subject_type" = 'assignment' and "obstacles"."assignment_id" is not null and "obstacles"."commitment_id" is null)
       or ("obstacles"."subject_type" = 'commitment' and "obstacles"."commitment_id" is not null and "obstacles"."assignment_id" is null))
);
--> statement-breakpoint
CREATE TABLE "files" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"mime" text NOT NULL,
	"size" integer NOT NULL,
	"sha256" text NOT NULL,
	"content" "bytea" NOT NULL,
	"unit_id" uuid,
	"uploaded_by" uuid,
	"uploaded_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "overlap_decisions" (
	"id" uuid PRIMARY KEY NOT NULL,
	"decision" text NOT NULL,
	"task_ids" uuid[] NOT NULL,
	"main_task_id" uuid,
	"score" real NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"decided_by" uuid,
	"decided_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "overlap_pairs" (
	"task_a" uuid NOT NULL,
	"task_b" uuid NOT NULL,
	"decision_id" uuid NOT NULL,
	CONSTRAINT "overlap_pairs_task_a_task_b_pk" PRIMARY KEY("task_a","task_b")
);
--> statement-breakpoint
CREATE TABLE "reminder_settings" (
	"id" text PRIMARY KEY NOT NULL,
	"rules" jsonb NOT NULL,
	"updated_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "reminders" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"subject_type" text NOT NULL,
	"subject_id" uuid NOT NULL,
	"rule" text NOT NULL,
	"occurrence" date NOT NULL,
	"unit_id" uuid,
	"sent_on" date NOT NULL,
	"escalation" text DEFAULT 'unit' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "scheduler_leases" (
	"name" text NOT NULL,
	"holder" text,
	"until" timestamp with time zone,
	"last_run_on" date,
	CONSTRAINT "scheduler_leases_name_pk" PRIMARY KEY("name")
);
--> statement-breakpoint
CREATE TABLE "task_reminder_rules" (
	"task_id" uuid PRIMARY KEY NOT NULL,
	"rules" jsonb,
	"updated_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "holiday_years" (
	"year" integer PRIMARY KEY NOT NULL,
	"updated_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "holidays" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"year" integer NOT NULL,
	"date" date NOT NULL,
	"kind" text NOT NULL,
	"name" text NOT NULL,
	CONSTRAINT "holidays_date" UNIQUE("date")
);
--> statement-breakpoint
CREATE TABLE "report_items" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"submission_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"assignment_id" uuid,
	"commitment_id" uuid,
	"seq" integer NOT NULL,
	"title" text NOT NULL,
	"source" text DEFAULT '' NOT NULL,
	"due_on" date,
	"completed_on" date,
	"status" text NOT NULL,
	"progress" integer DEFAULT 0 NOT NULL,
	"product" text,
	"latest_note" text,
	"detail" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"comment" text DEFAULT '' NOT NULL
);
--> statement-breakpoint
CREATE TABLE "report_outputs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"round_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"version" integer NOT NULL,
	"file_id" uuid NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "report_outputs_version" UNIQUE("round_id","kind","version")
);
--> statement-breakpoint
CREATE TABLE "report_rounds" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"title" text NOT NULL,
	"kind" text NOT NULL,
	"style" text DEFAULT 'nd09' NOT NULL,
	"period_start" date NOT NULL,
	"period_end" date NOT NULL,
	"due_on" date NOT NULL,
	"due_working_days" integer,
	"report_due_on" date,
	"document_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL,
	"include_commitments" boolean DEFAULT false NOT NULL,
	"groups" text[] DEFAULT '{}'::text[] NOT NULL,
	"outline" jsonb NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"report_draft" jsonb,
	"opened_on" date NOT NULL,
	"schedule_id" uuid,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "report_rounds_schedule_period" UNIQUE("schedule_id","period_end"),
	CONSTRAINT "report_rounds_period" CHECK ("report_rounds"."period_end" >= "report_rounds"."period_start"),
	CONSTRAINT "report_rounds_due" CHECK ("report_rounds"."due_on" >= "report_rounds"."period_end")
);
--> statement-breakpoint
CREATE TABLE "report_schedules" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"title_template" text NOT NULL,
	"kinds" text[] NOT NULL,
	"style" text DEFAULT 'nd09' NOT NULL,
	"due_working_days" integer NOT NULL,
	"report_due_working_days" integer,
	"document_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL,
	"include_commitments" boolean DEFAULT false NOT NULL,
	"groups" text[] DEFAULT '{}'::text[] NOT NULL,
	"unit_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL,
	"all_with_work" boolean DEFAULT false NOT NULL,
	"outline" jsonb NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"last_period_end" date NOT NULL,
	"last_error" text,
	"last_error_on" date,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "report_schedules_due" CHECK ("report_schedules"."due_working_days" between 0 and 60),
	CONSTRAINT "report_schedules_kinds" CHECK (cardinality("report_schedules"."kinds") between 1 and 4)
);
--> statement-breakpoint
CREATE TABLE "report_submission_events" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"submission_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"workflow" text NOT NULL,
	"note" text,
	"actor_id" uuid,
	"actor_name" text NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "report_submission_files" (
	"submission_id" uuid NOT NULL,
	"file_id" uuid NOT NULL,
	CONSTRAINT "report_submission_files_submission_id_file_id_pk" PRIMARY KEY("submission_id","file_id")
);
--> statement-breakpoint
CREATE TABLE "report_submissions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"round_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	"workflow" text DEFAULT 'open' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"narrative" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"submitted_at" timestamp with time zone,
	"sent_on" date,
	"accepted_at" timestamp with time zone,
	"return_reason" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "report_submissions_round_unit" UNIQUE("round_id","unit_id")
);
--> statement-breakpoint
CREATE TABLE "assignment_events" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"assignment_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"progress" integer,
	"note" text,
	"file_id" uuid,
	"product_number" text,
	"product_date" date,
	"workflow" text,
	"actor_id" uuid,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"seq" bigserial NOT NULL
);
--> statement-breakpoint
CREATE TABLE "assignments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"task_id" uuid,
	"commitment_id" uuid,
	"unit_id" uuid NOT NULL,
	"role" text NOT NULL,
	"period" text DEFAULT '' NOT NULL,
	"due_on" date,
	"progress" integer DEFAULT 0 NOT NULL,
	"completed_on" date,
	"workflow" text DEFAULT 'open' NOT NULL,
	"submitted_at" timestamp with time zone,
	"return_reason" text,
	"product_number" text,
	"product_date" date,
	"product_file_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "assignments_one_subject" CHECK (("assignments"."task_id" is null) <> ("assignments"."commitment_id" is null)),
	CONSTRAINT "assignments_progress_range" CHECK ("assignments"."progress" between 0 and 100)
);
--> statement-breakpoint
CREATE TABLE "document_files" (
	"document_id" uuid NOT NULL,
	"file_id" uuid NOT NULL,
	CONSTRAINT "document_files_document_id_file_id_pk" PRIMARY KEY("document_id","file_id")
);
--> statement-breakpoint
CREATE TABLE "document_links" (
	"from_id" uuid NOT NULL,
	"to_id" uuid NOT NULL,
	"kind" text NOT NULL,
	CONSTRAINT "document_links_from_id_to_id_kind_pk" PRIMARY KEY("from_id","to_id","kind")
);
--> statement-breakpoint
CREATE TABLE "document_sources" (
	"document_id" uuid PRIMARY KEY NOT NULL,
	"text" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "documents" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"number" text NOT NULL,
	"number_key" text NOT NULL,
	"type" text NOT NULL,
	"issuer" text NOT NULL,
	"issuer_key" text NOT NULL,
	"issued_on" date,
	"year" integer NOT NULL,
	"summary" text DEFAULT '' NOT NULL,
	"signer" text,
	"signing_authority" text,
	"unit_id" uuid,
	"search" text NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "tasks" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"document_id" uuid NOT NULL,
	"seq" integer DEFAULT 0 NOT NULL,
	"title" text NOT NULL,
	"lead_unit_id" uuid,
	"person_in_charge" text,
	"coordinating_unit_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL,
	"due_on" date,
	"recurrence" text,
	"responsibility" text,
	"product" text,
	"authority" text,
	"duplicate_of_id" uuid,
	"missing_clarity" text[] DEFAULT '{}'::text[] NOT NULL,
	"search" text NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "units" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"short_name" text,
	"kind" text NOT NULL,
	"gso_code" text,
	"is_focal" boolean DEFAULT false NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"search" text NOT NULL,
	"sort_key" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "units_code_unique" UNIQUE("code")
);
--> statement-breakpoint
CREATE TABLE "mail_outbox" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"key" text,
	"user_id" uuid,
	"to_address" text NOT NULL,
	"subject" text NOT NULL,
	"text" text NOT NULL,
	"link" text,
	"attachments" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"state" text DEFAULT 'queued' NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"next_attempt_at" timestamp with time zone DEFAULT now() NOT NULL,
	"locked_until" timestamp with time zone,
	"last_response" text,
	"message_id" text,
	"sent_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "notifications" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"title" text NOT NULL,
	"body" text DEFAULT '' NOT NULL,
	"link" text,
	"subject_type" text,
	"subject_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"read_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "urging_targets" (
	"urging_id" uuid NOT NULL,
	"assignment_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	"urged_on" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "urgings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"task_id" uuid NOT NULL,
	"new_due_on" text NOT NULL,
	"file_id" uuid,
	"complied" integer NOT NULL,
	"total" integer NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "login_limits" (
	"key" text PRIMARY KEY NOT NULL,
	"window_start" timestamp with time zone NOT NULL,
	"fails" integer NOT NULL,
	"last_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "sessions" (
	"token_hash" text PRIMARY KEY NOT NULL,
	"user_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "trusted_devices" (
	"token_hash" text PRIMARY KEY NOT NULL,
	"user_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "users" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"username" text NOT NULL,
	"password_hash" text NOT NULL,
	"full_name" text NOT NULL,
	"email" text,
	"email_pref" text DEFAULT 'each' NOT NULL,
	"role" text NOT NULL,
	"unit_id" uuid,
	"active" boolean DEFAULT true NOT NULL,
	"search" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "users_username_unique" UNIQUE("username")
);
--> statement-breakpoint
ALTER TABLE "annual_plan_items" ADD CONSTRAINT "annual_plan_items_plan_id_annual_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."annual_plans"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "annual_plan_items" ADD CONSTRAINT "annual_plan_items_task_id_tasks_id_fk" FOREIGN KEY ("task_id") REFERENCES "public"."tasks"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "annual_plan_items" ADD CONSTRAINT "annual_plan_items_source_task_id_tasks_id_fk" FOREIGN KEY ("source_task_id") REFERENCES "public"."tasks"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "annual_plans" ADD CONSTRAINT "annual_plans_document_id_documents_id_fk" FOREIGN KEY ("document_id") REFERENCES "public"."documents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "annual_plans" ADD CONSTRAINT "annual_plans_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "activities" ADD CONSTRAINT "activities_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "activity_documents" ADD CONSTRAINT "activity_documents_activity_id_activities_id_fk" FOREIGN KEY ("activity_id") REFERENCES "public"."activities"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "activity_documents" ADD CONSTRAINT "activity_documents_document_id_documents_id_fk" FOREIGN KEY ("document_id") REFERENCES "public"."documents"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "commitment_resources" ADD CONSTRAINT "commitment_resources_commitment_id_commitments_id_fk" FOREIGN KEY ("commitment_id") REFERENCES "public"."commitments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "commitment_resources" ADD CONSTRAINT "commitment_resources_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "commitment_reviews" ADD CONSTRAINT "commitment_reviews_commitment_id_commitments_id_fk" FOREIGN KEY ("commitment_id") REFERENCES "public"."commitments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "commitment_reviews" ADD CONSTRAINT "commitment_reviews_reviewer_id_users_id_fk" FOREIGN KEY ("reviewer_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "commitment_reviews" ADD CONSTRAINT "commitment_reviews_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "commitments" ADD CONSTRAINT "commitments_activity_id_activities_id_fk" FOREIGN KEY ("activity_id") REFERENCES "public"."activities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "commitments" ADD CONSTRAINT "commitments_lead_unit_id_units_id_fk" FOREIGN KEY ("lead_unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "commitments" ADD CONSTRAINT "commitments_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "milestones" ADD CONSTRAINT "milestones_commitment_id_commitments_id_fk" FOREIGN KEY ("commitment_id") REFERENCES "public"."commitments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "milestones" ADD CONSTRAINT "milestones_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "obstacle_steps" ADD CONSTRAINT "obstacle_steps_obstacle_id_obstacles_id_fk" FOREIGN KEY ("obstacle_id") REFERENCES "public"."obstacles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "obstacle_steps" ADD CONSTRAINT "obstacle_steps_actor_id_users_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "obstacles" ADD CONSTRAINT "obstacles_assignment_id_assignments_id_fk" FOREIGN KEY ("assignment_id") REFERENCES "public"."assignments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "obstacles" ADD CONSTRAINT "obstacles_commitment_id_commitments_id_fk" FOREIGN KEY ("commitment_id") REFERENCES "public"."commitments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "obstacles" ADD CONSTRAINT "obstacles_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "obstacles" ADD CONSTRAINT "obstacles_raised_by_users_id_fk" FOREIGN KEY ("raised_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "files" ADD CONSTRAINT "files_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "files" ADD CONSTRAINT "files_uploaded_by_users_id_fk" FOREIGN KEY ("uploaded_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "overlap_decisions" ADD CONSTRAINT "overlap_decisions_main_task_id_tasks_id_fk" FOREIGN KEY ("main_task_id") REFERENCES "public"."tasks"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "overlap_decisions" ADD CONSTRAINT "overlap_decisions_decided_by_users_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "overlap_pairs" ADD CONSTRAINT "overlap_pairs_task_a_tasks_id_fk" FOREIGN KEY ("task_a") REFERENCES "public"."tasks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "overlap_pairs" ADD CONSTRAINT "overlap_pairs_task_b_tasks_id_fk" FOREIGN KEY ("task_b") REFERENCES "public"."tasks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "overlap_pairs" ADD CONSTRAINT "overlap_pairs_decision_id_overlap_decisions_id_fk" FOREIGN KEY ("decision_id") REFERENCES "public"."overlap_decisions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reminder_settings" ADD CONSTRAINT "reminder_settings_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reminders" ADD CONSTRAINT "reminders_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "task_reminder_rules" ADD CONSTRAINT "task_reminder_rules_task_id_tasks_id_fk" FOREIGN KEY ("task_id") REFERENCES "public"."tasks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "task_reminder_rules" ADD CONSTRAINT "task_reminder_rules_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "holiday_years" ADD CONSTRAINT "holiday_years_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "holidays" ADD CONSTRAINT "holidays_year_holiday_years_year_fk" FOREIGN KEY ("year") REFERENCES "public"."holiday_years"("year") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report_items" ADD CONSTRAINT "report_items_submission_id_report_submissions_id_fk" FOREIGN KEY ("submission_id") REFERENCES "public"."report_submissions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report_items" ADD CONSTRAINT "report_items_assignment_id_assignments_id_fk" FOREIGN KEY ("assignment_id") REFERENCES "public"."assignments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report_items" ADD CONSTRAINT "report_items_commitment_id_commitments_id_fk" FOREIGN KEY ("commitment_id") REFERENCES "public"."commitments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report_outputs" ADD CONSTRAINT "report_outputs_round_id_report_rounds_id_fk" FOREIGN KEY ("round_id") REFERENCES "public"."report_rounds"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report_outputs" ADD CONSTRAINT "report_outputs_file_id_files_id_fk" FOREIGN KEY ("file_id") REFERENCES "public"."files"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report_outputs" ADD CONSTRAINT "report_outputs_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report_rounds" ADD CONSTRAINT "report_rounds_schedule_id_report_schedules_id_fk" FOREIGN KEY ("schedule_id") REFERENCES "public"."report_schedules"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report_rounds" ADD CONSTRAINT "report_rounds_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report_schedules" ADD CONSTRAINT "report_schedules_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report_submission_events" ADD CONSTRAINT "report_submission_events_submission_id_report_submissions_id_fk" FOREIGN KEY ("submission_id") REFERENCES "public"."report_submissions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report_submission_events" ADD CONSTRAINT "report_submission_events_actor_id_users_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report_submission_files" ADD CONSTRAINT "report_submission_files_submission_id_report_submissions_id_fk" FOREIGN KEY ("submission_id") REFERENCES "public"."report_submissions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report_submission_files" ADD CONSTRAINT "report_submission_files_file_id_files_id_fk" FOREIGN KEY ("file_id") REFERENCES "public"."files"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report_submissions" ADD CONSTRAINT "report_submissions_round_id_report_rounds_id_fk" FOREIGN KEY ("round_id") REFERENCES "public"."report_rounds"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report_submissions" ADD CONSTRAINT "report_submissions_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assignment_events" ADD CONSTRAINT "assignment_events_assignment_id_assignments_id_fk" FOREIGN KEY ("assignment_id") REFERENCES "public"."assignments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assignment_events" ADD CONSTRAINT "assignment_events_file_id_files_id_fk" FOREIGN KEY ("file_id") REFERENCES "public"."files"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assignment_events" ADD CONSTRAINT "assignment_events_actor_id_users_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assignments" ADD CONSTRAINT "assignments_task_id_tasks_id_fk" FOREIGN KEY ("task_id") REFERENCES "public"."tasks"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assignments" ADD CONSTRAINT "assignments_commitment_id_commitments_id_fk" FOREIGN KEY ("commitment_id") REFERENCES "public"."commitments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assignments" ADD CONSTRAINT "assignments_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assignments" ADD CONSTRAINT "assignments_product_file_id_files_id_fk" FOREIGN KEY ("product_file_id") REFERENCES "public"."files"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "document_files" ADD CONSTRAINT "document_files_document_id_documents_id_fk" FOREIGN KEY ("document_id") REFERENCES "public"."documents"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "document_files" ADD CONSTRAINT "document_files_file_id_files_id_fk" FOREIGN KEY ("file_id") REFERENCES "public"."files"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "document_links" ADD CONSTRAINT "document_links_from_id_documents_id_fk" FOREIGN KEY ("from_id") REFERENCES "public"."documents"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "document_links" ADD CONSTRAINT "document_links_to_id_documents_id_fk" FOREIGN KEY ("to_id") REFERENCES "public"."documents"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "document_sources" ADD CONSTRAINT "document_sources_document_id_documents_id_fk" FOREIGN KEY ("document_id") REFERENCES "public"."documents"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "documents" ADD CONSTRAINT "documents_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "documents" ADD CONSTRAINT "documents_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tasks" ADD CONSTRAINT "tasks_document_id_documents_id_fk" FOREIGN KEY ("document_id") REFERENCES "public"."documents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tasks" ADD CONSTRAINT "tasks_lead_unit_id_units_id_fk" FOREIGN KEY ("lead_unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tasks" ADD CONSTRAINT "tasks_duplicate_of_id_tasks_id_fk" FOREIGN KEY ("duplicate_of_id") REFERENCES "public"."tasks"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tasks" ADD CONSTRAINT "tasks_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mail_outbox" ADD CONSTRAINT "mail_outbox_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "urging_targets" ADD CONSTRAINT "urging_targets_urging_id_urgings_id_fk" FOREIGN KEY ("urging_id") REFERENCES "public"."urgings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "urgings" ADD CONSTRAINT "urgings_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sessions" ADD CONSTRAINT "sessions_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "trusted_devices" ADD CONSTRAINT "trusted_devices_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "users" ADD CONSTRAINT "users_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "annual_plans_year" ON "annual_plans" USING btree ("year");--> statement-breakpoint
CREATE INDEX "audit_entity" ON "audit_log" USING btree ("entity","entity_id","at");--> statement-breakpoint
CREATE INDEX "audit_at" ON "audit_log" USING btree ("at");--> statement-breakpoint
CREATE INDEX "audit_actor" ON "audit_log" USING btree ("actor_id","at");--> statement-breakpoint
CREATE UNIQUE INDEX "audit_chain_seq" ON "audit_log" USING btree ("chain_seq");--> statement-breakpoint
CREATE INDEX "activities_start" ON "activities" USING btree ("start_on");--> statement-breakpoint
CREATE INDEX "activities_search_trgm" ON "activities" USING gin ("search" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "activity_documents_document" ON "activity_documents" USING btree ("document_id");--> statement-breakpoint
CREATE INDEX "commitment_resources_commitment" ON "commitment_resources" USING btree ("commitment_id");--> statement-breakpoint
CREATE INDEX "commitment_resources_unit" ON "commitment_resources" USING btree ("unit_id");--> statement-breakpoint
CREATE INDEX "commitment_reviews_commitment" ON "commitment_reviews" USING btree ("commitment_id","reviewed_on","created_at");--> statement-breakpoint
CREATE INDEX "commitments_search_trgm" ON "commitments" USING gin ("search" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "commitments_country_field" ON "commitments" USING btree ("country","field");--> statement-breakpoint
CREATE INDEX "commitments_field" ON "commitments" USING btree ("field");--> statement-breakpoint
CREATE INDEX "commitments_priority" ON "commitments" USING btree ("priority");--> statement-breakpoint
CREATE INDEX "commitments_expires" ON "commitments" USING btree ("expires_on");--> statement-breakpoint
CREATE INDEX "commitments_activity" ON "commitments" USING btree ("activity_id");--> statement-breakpoint
CREATE INDEX "commitments_lead_unit" ON "commitments" USING btree ("lead_unit_id");--> statement-breakpoint
CREATE INDEX "milestones_commitment" ON "milestones" USING btree ("commitment_id","due_on","progress","weight","completed_on");--> statement-breakpoint
CREATE INDEX "milestones_unit" ON "milestones" USING btree ("unit_id");--> statement-breakpoint
CREATE INDEX "obstacle_steps_obstacle" ON "obstacle_steps" USING btree ("obstacle_id","at");--> statement-breakpoint
CREATE INDEX "obstacles_level_status" ON "obstacles" USING btree ("status","level");--> statement-breakpoint
CREATE INDEX "obstacles_unit" ON "obstacles" USING btree ("unit_id","status");--> statement-breakpoint
CREATE INDEX "obstacles_commitment" ON "obstacles" USING btree ("commitment_id");--> statement-breakpoint
CREATE INDEX "obstacles_assignment" ON "obstacles" USING btree ("assignment_id");--> statement-breakpoint
CREATE INDEX "files_unit" ON "files" USING btree ("unit_id");--> statement-breakpoint
CREATE INDEX "overlap_decisions_decided_at" ON "overlap_decisions" USING btree ("decided_at");--> statement-breakpoint
CREATE INDEX "overlap_pairs_b" ON "overlap_pairs" USING btree ("task_b");--> statement-breakpoint
CREATE UNIQUE INDEX "reminders_key" ON "reminders" USING btree ("subject_type","subject_id","rule","occurrence");--> statement-breakpoint
CREATE INDEX "report_items_submission" ON "report_items" USING btree ("submission_id","seq");--> statement-breakpoint
CREATE INDEX "report_rounds_period_end" ON "report_rounds" USING btree ("period_end");--> statement-breakpoint
CREATE INDEX "report_submission_events_submission" ON "report_submission_events" USING btree ("submission_id","at");--> statement-breakpoint
CREATE INDEX "report_submissions_unit" ON "report_submissions" USING btree ("unit_id");--> statement-breakpoint
CREATE INDEX "assignment_events_assignment" ON "assignment_events" USING btree ("assignment_id","at");--> statement-breakpoint
CREATE UNIQUE INDEX "assignments_task_unit_period" ON "assignments" USING btree ("task_id","unit_id","period");--> statement-breakpoint
CREATE UNIQUE INDEX "assignments_commitment_unit" ON "assignments" USING btree ("commitment_id","unit_id");--> statement-breakpoint
CREATE INDEX "assignments_unit_due" ON "assignments" USING btree ("unit_id","due_on");--> statement-breakpoint
CREATE INDEX "assignments_due" ON "assignments" USING btree ("due_on");--> statement-breakpoint
CREATE INDEX "assignments_unit_working_due" ON "assignments" USING btree ("unit_id","due_on") WHERE "assignments"."workflow" in ('open', 'returned');--> statement-breakpoint
CREATE INDEX "assignments_working_due" ON "assignments" USING btree ("due_on","unit_id") WHERE "assignments"."workflow" in ('open', 'returned');--> statement-breakpoint
CREATE INDEX "document_links_to" ON "document_links" USING btree ("to_id");--> statement-breakpoint
CREATE UNIQUE INDEX "documents_number_unique" ON "documents" USING btree ("issuer_key","year","number_key");--> statement-breakpoint
CREATE INDEX "documents_search_trgm" ON "documents" USING gin ("search" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "documents_issued_on" ON "documents" USING btree ("issued_on");--> statement-breakpoint
CREATE INDEX "documents_unit" ON "documents" USING btree ("unit_id");--> statement-breakpoint
CREATE INDEX "tasks_document" ON "tasks" USING btree ("document_id","seq");--> statement-breakpoint
CREATE INDEX "tasks_lead_unit" ON "tasks" USING btree ("lead_unit_id");--> statement-breakpoint
CREATE INDEX "tasks_search_trgm" ON "tasks" USING gin ("search" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "tasks_incomplete" ON "tasks" USING btree ("document_id") WHERE cardinality("tasks"."missing_clarity") > 0;--> statement-breakpoint
CREATE INDEX "units_search_trgm" ON "units" USING gin ("search" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "units_kind" ON "units" USING btree ("kind");--> statement-breakpoint
CREATE UNIQUE INDEX "mail_outbox_key" ON "mail_outbox" USING btree ("key");--> statement-breakpoint
CREATE INDEX "mail_outbox_pending" ON "mail_outbox" USING btree ("created_at") WHERE "mail_outbox"."state" in ('queued', 'retrying', 'sending');--> statement-breakpoint
CREATE INDEX "mail_outbox_created" ON "mail_outbox" USING btree ("created_at");--> statement-breakpoint
CREATE INDEX "notifications_user_created" ON "notifications" USING btree ("user_id","created_at");--> statement-breakpoint
CREATE INDEX "notifications_user_unread" ON "notifications" USING btree ("user_id") WHERE "notifications"."read_at" is null;--> statement-breakpoint
CREATE UNIQUE INDEX "urging_targets_key" ON "urging_targets" USING btree ("urging_id","assignment_id");--> statement-breakpoint
CREATE INDEX "urging_targets_assignment" ON "urging_targets" USING btree ("assignment_id");--> statement-breakpoint
CREATE INDEX "urgings_task" ON "urgings" USING btree ("task_id","created_at");--> statement-breakpoint
CREATE INDEX "login_limits_last_at" ON "login_limits" USING btree ("last_at");--> statement-breakpoint
CREATE INDEX "sessions_user" ON "sessions" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "trusted_devices_user" ON "trusted_devices" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "users_unit" ON "users" USING btree ("unit_id");--> statement-breakpoint
CREATE INDEX "users_search_trgm" ON "users" USING gin ("search" gin_trgm_ops);