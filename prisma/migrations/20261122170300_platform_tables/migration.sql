-- CreateEnum
CREATE TYPE "BackgroundRunStatus" AS ENUM ('queued', 'running', 'succeeded', 'failed');

-- CreateTable
CREATE TABLE "platform_backgroundrun" (
    "id" SERIAL NOT NULL,
    "legacy_id" INTEGER,
    "function_id" VARCHAR(200) NOT NULL,
    "event_name" VARCHAR(200) NOT NULL,
    "event_id" VARCHAR(100),
    "payload" JSONB NOT NULL DEFAULT '{}',
    "status" "BackgroundRunStatus" NOT NULL DEFAULT 'queued',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "error" TEXT,
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "started_at" TIMESTAMPTZ(6),
    "finished_at" TIMESTAMPTZ(6),

    CONSTRAINT "platform_backgroundrun_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "search_document" (
    "id" SERIAL NOT NULL,
    "legacy_id" INTEGER,
    "type" VARCHAR(50) NOT NULL,
    "object_id" VARCHAR(100) NOT NULL,
    "title" TEXT NOT NULL,
    "body" TEXT NOT NULL DEFAULT '',
    "url" VARCHAR(1000) NOT NULL,
    "boost" DOUBLE PRECISION NOT NULL DEFAULT 1,
    "date" TIMESTAMPTZ(6),
    "updated_at" TIMESTAMPTZ(6) NOT NULL,
    "tsv" tsvector,

    CONSTRAINT "search_document_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "platform_backgroundrun_legacy_id_key" ON "platform_backgroundrun"("legacy_id");

-- CreateIndex
CREATE INDEX "platform_backgroundrun_status_created_at_idx" ON "platform_backgroundrun"("status", "created_at");

-- CreateIndex
CREATE INDEX "platform_backgroundrun_function_id_created_at_idx" ON "platform_backgroundrun"("function_id", "created_at");

-- CreateIndex
CREATE UNIQUE INDEX "search_document_legacy_id_key" ON "search_document"("legacy_id");

-- CreateIndex
CREATE INDEX "search_document_type_idx" ON "search_document"("type");

-- CreateIndex
CREATE INDEX "search_document_tsv_idx" ON "search_document" USING GIN ("tsv");

-- CreateIndex
CREATE UNIQUE INDEX "search_document_type_object_id_key" ON "search_document"("type", "object_id");
