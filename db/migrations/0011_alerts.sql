CREATE TABLE "alert_incidents" (
	"id" text PRIMARY KEY NOT NULL,
	"org_id" text NOT NULL,
	"rule_id" text,
	"rule_name" text NOT NULL,
	"record_id" text NOT NULL,
	"analysis_id" text,
	"project_id" text NOT NULL,
	"agent_name" text,
	"status" text DEFAULT 'open' NOT NULL,
	"matched_value" jsonb,
	"message" text NOT NULL,
	"matched_record_ids" jsonb NOT NULL,
	"acknowledged_by" text,
	"acknowledged_at" timestamp with time zone,
	"resolved_by" text,
	"resolved_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "alert_matches" (
	"rule_id" text NOT NULL,
	"record_id" text NOT NULL,
	"org_id" text NOT NULL,
	"analysis_id" text,
	"group_key" text,
	"incident_id" text,
	"matched_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "alert_rules" (
	"id" text PRIMARY KEY NOT NULL,
	"org_id" text NOT NULL,
	"project_id" text,
	"name" text NOT NULL,
	"condition" jsonb NOT NULL,
	"count_window" jsonb,
	"actions" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"email_recipients" jsonb,
	"enabled" boolean DEFAULT true NOT NULL,
	"count_from" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "alert_incidents" ADD CONSTRAINT "alert_incidents_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "alert_incidents" ADD CONSTRAINT "alert_incidents_rule_id_alert_rules_id_fk" FOREIGN KEY ("rule_id") REFERENCES "public"."alert_rules"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "alert_incidents" ADD CONSTRAINT "alert_incidents_record_id_records_id_fk" FOREIGN KEY ("record_id") REFERENCES "public"."records"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "alert_incidents" ADD CONSTRAINT "alert_incidents_analysis_id_analyses_id_fk" FOREIGN KEY ("analysis_id") REFERENCES "public"."analyses"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "alert_incidents" ADD CONSTRAINT "alert_incidents_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "alert_incidents" ADD CONSTRAINT "alert_incidents_acknowledged_by_users_id_fk" FOREIGN KEY ("acknowledged_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "alert_incidents" ADD CONSTRAINT "alert_incidents_resolved_by_users_id_fk" FOREIGN KEY ("resolved_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "alert_matches" ADD CONSTRAINT "alert_matches_rule_id_alert_rules_id_fk" FOREIGN KEY ("rule_id") REFERENCES "public"."alert_rules"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "alert_matches" ADD CONSTRAINT "alert_matches_record_id_records_id_fk" FOREIGN KEY ("record_id") REFERENCES "public"."records"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "alert_matches" ADD CONSTRAINT "alert_matches_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "alert_matches" ADD CONSTRAINT "alert_matches_analysis_id_analyses_id_fk" FOREIGN KEY ("analysis_id") REFERENCES "public"."analyses"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "alert_rules" ADD CONSTRAINT "alert_rules_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "alert_rules" ADD CONSTRAINT "alert_rules_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "alert_rules" ADD CONSTRAINT "alert_rules_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "alert_incidents_rule_record_unique" ON "alert_incidents" USING btree ("rule_id","record_id");--> statement-breakpoint
CREATE INDEX "alert_incidents_org_created_idx" ON "alert_incidents" USING btree ("org_id","created_at","id");--> statement-breakpoint
CREATE INDEX "alert_incidents_org_status_idx" ON "alert_incidents" USING btree ("org_id","status","created_at");--> statement-breakpoint
CREATE INDEX "alert_incidents_rule_created_idx" ON "alert_incidents" USING btree ("rule_id","created_at");--> statement-breakpoint
CREATE INDEX "alert_incidents_record_idx" ON "alert_incidents" USING btree ("record_id");--> statement-breakpoint
CREATE UNIQUE INDEX "alert_matches_rule_record_unique" ON "alert_matches" USING btree ("rule_id","record_id");--> statement-breakpoint
CREATE INDEX "alert_matches_window_idx" ON "alert_matches" USING btree ("rule_id","group_key","matched_at");--> statement-breakpoint
CREATE INDEX "alert_matches_record_idx" ON "alert_matches" USING btree ("record_id");--> statement-breakpoint
CREATE INDEX "alert_rules_org_project_idx" ON "alert_rules" USING btree ("org_id","project_id");--> statement-breakpoint
CREATE INDEX "alert_rules_org_created_idx" ON "alert_rules" USING btree ("org_id","created_at","id");