-- AlterTable
ALTER TABLE "blogs_feed" ADD COLUMN     "etag" VARCHAR(500),
ADD COLUMN     "last_error" VARCHAR(1000),
ADD COLUMN     "last_error_at" TIMESTAMPTZ(6),
ADD COLUMN     "last_modified" VARCHAR(100);
