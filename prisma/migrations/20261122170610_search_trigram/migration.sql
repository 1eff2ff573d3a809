-- CreateExtension
CREATE EXTENSION IF NOT EXISTS "pg_trgm";

-- CreateIndex
CREATE INDEX "search_document_title_trgm" ON "search_document" USING GIN ("title" gin_trgm_ops);
