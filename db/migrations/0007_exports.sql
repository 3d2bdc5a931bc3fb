CREATE TABLE "exports" (
	"id" text PRIMARY KEY NOT NULL,
	"org_id" text NOT NULL,
	"requested_by_type" text NOT NULL,
	"requested_by_id" text,
	"requester_role" "member_role" NOT NULL,
	"format" text NOT NULL,
	"filters" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"include" jsonb NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"record_count" integer,
	"size_bytes" bigint,
	"storage_key" text,
	"error" text,
	"expires_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"completed_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "exports" ADD CONSTRAINT "exports_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "exports_org_requester_created_idx" ON "exports" USING btree ("org_id","requested_by_type","requested_by_id","created_at");