CREATE TABLE "documents" (
	"id" serial PRIMARY KEY NOT NULL,
	"symbol" text,
	"kind" text NOT NULL,
	"language" text NOT NULL,
	"date" date,
	"number" integer,
	"sha256" text NOT NULL,
	"version" integer NOT NULL,
	"document" jsonb NOT NULL,
	"source_format" text NOT NULL,
	"file_name" text NOT NULL,
	"ingested_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "facts" (
	"document_id" integer PRIMARY KEY NOT NULL,
	"facts" jsonb NOT NULL,
	"mission" text
);
--> statement-breakpoint
CREATE TABLE "links" (
	"id" serial PRIMARY KEY NOT NULL,
	"from_document" integer NOT NULL,
	"to_symbol" text NOT NULL,
	"to_document" integer,
	"kind" text NOT NULL,
	"evidence" jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "paragraphs" (
	"id" serial PRIMARY KEY NOT NULL,
	"document_id" integer NOT NULL,
	"paragraph_id" text NOT NULL,
	"num" text NOT NULL,
	"text" text NOT NULL,
	"page" integer,
	"ts_config" "regconfig" NOT NULL,
	"search" "tsvector" GENERATED ALWAYS AS (to_tsvector(ts_config, text)) STORED NOT NULL
);
--> statement-breakpoint
ALTER TABLE "facts" ADD CONSTRAINT "facts_document_id_documents_id_fk" FOREIGN KEY ("document_id") REFERENCES "public"."documents"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "links" ADD CONSTRAINT "links_from_document_documents_id_fk" FOREIGN KEY ("from_document") REFERENCES "public"."documents"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "links" ADD CONSTRAINT "links_to_document_documents_id_fk" FOREIGN KEY ("to_document") REFERENCES "public"."documents"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "paragraphs" ADD CONSTRAINT "paragraphs_document_id_documents_id_fk" FOREIGN KEY ("document_id") REFERENCES "public"."documents"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "documents_sha256_key" ON "documents" USING btree ("sha256");--> statement-breakpoint
CREATE UNIQUE INDEX "documents_symbol_language_version_key" ON "documents" USING btree ("symbol","language","version");--> statement-breakpoint
CREATE INDEX "documents_kind_idx" ON "documents" USING btree ("kind");--> statement-breakpoint
CREATE INDEX "documents_date_idx" ON "documents" USING btree ("date");--> statement-breakpoint
CREATE INDEX "documents_number_idx" ON "documents" USING btree ("number");--> statement-breakpoint
CREATE INDEX "facts_mission_idx" ON "facts" USING btree ("mission");--> statement-breakpoint
CREATE INDEX "links_from_idx" ON "links" USING btree ("from_document");--> statement-breakpoint
CREATE INDEX "links_to_symbol_idx" ON "links" USING btree ("to_symbol");--> statement-breakpoint
CREATE INDEX "links_to_document_idx" ON "links" USING btree ("to_document");--> statement-breakpoint
CREATE INDEX "paragraphs_document_idx" ON "paragraphs" USING btree ("document_id");--> statement-breakpoint
CREATE INDEX "paragraphs_search_idx" ON "paragraphs" USING gin ("search");