CREATE TABLE "ingest_settings" (
	"org_id" text PRIMARY KEY NOT NULL,
	"secret_sealed" text,
	"secret_prefix" text,
	"secret_created_at" timestamp with time zone,
	"default_project_id" text,
	"bitrix24_token_sealed" text,
	"bitrix24_webhook_url_sealed" text,
	"bitrix24_portal" text,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "ingest_settings" ADD CONSTRAINT "ingest_settings_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ingest_settings" ADD CONSTRAINT "ingest_settings_default_project_id_projects_id_fk" FOREIGN KEY ("default_project_id") REFERENCES "public"."projects"("id") ON DELETE set null ON UPDATE no action;