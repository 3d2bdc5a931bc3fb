CREATE TABLE "records" (
	"id" text PRIMARY KEY NOT NULL,
	"org_id" text NOT NULL,
	"project_id" text NOT NULL,
	"type" text NOT NULL,
	"source" text NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"title" text,
	"agent_name" text,
	"customer_phone" text,
	"direction" text,
	"external_id" text,
	"language" text,
	"agent_channel" text,
	"metadata" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"duration_ms" integer,
	"audio_key" text,
	"audio_content_type" text,
	"audio_size_bytes" integer,
	"original_filename" text,
	"quality_score" real,
	"compliance_status" text,
	"error" text,
	"created_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"completed_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "transcripts" (
	"record_id" text PRIMARY KEY NOT NULL,
	"segments" jsonb NOT NULL,
	"text" text NOT NULL,
	"talk_metrics" jsonb,
	"provider" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "records" ADD CONSTRAINT "records_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "records" ADD CONSTRAINT "records_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "records" ADD CONSTRAINT "records_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "transcripts" ADD CONSTRAINT "transcripts_record_id_records_id_fk" FOREIGN KEY ("record_id") REFERENCES "public"."records"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "records_org_external_id_unique" ON "records" USING btree ("org_id","external_id");--> statement-breakpoint
CREATE INDEX "records_org_created_idx" ON "records" USING btree ("org_id","created_at","id");--> statement-breakpoint
CREATE INDEX "records_project_idx" ON "records" USING btree ("project_id","created_at");