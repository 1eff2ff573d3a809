-- AlterTable
ALTER TABLE "events_calendar" ADD COLUMN     "time_zone" VARCHAR(64) NOT NULL DEFAULT 'UTC';

-- AlterTable
ALTER TABLE "events_event" ADD COLUMN     "review_comment" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "status" VARCHAR(20) NOT NULL DEFAULT 'published',
ADD COLUMN     "submission" JSONB,
ADD COLUMN     "time_zone" VARCHAR(64);

-- AlterTable
ALTER TABLE "events_eventlocation" ADD COLUMN     "time_zone" VARCHAR(64);

-- AlterTable
ALTER TABLE "events_recurringrule" ADD COLUMN     "exdates" TIMESTAMPTZ(6)[],
ADD COLUMN     "rdates" TIMESTAMPTZ(6)[],
ADD COLUMN     "rrule" VARCHAR(500);

-- CreateTable
CREATE TABLE "events_occurrence" (
    "id" SERIAL NOT NULL,
    "event_id" INTEGER NOT NULL,
    "start" TIMESTAMPTZ(6) NOT NULL,
    "end" TIMESTAMPTZ(6) NOT NULL,
    "all_day" BOOLEAN NOT NULL DEFAULT false,
    "recurring" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "events_occurrence_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "events_remindersent" (
    "id" SERIAL NOT NULL,
    "key" VARCHAR(200) NOT NULL,
    "created" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "events_remindersent_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "events_occurrence_start_idx" ON "events_occurrence"("start");

-- CreateIndex
CREATE INDEX "events_occurrence_end_idx" ON "events_occurrence"("end");

-- CreateIndex
CREATE UNIQUE INDEX "events_occurrence_event_id_start_key" ON "events_occurrence"("event_id", "start");

-- CreateIndex
CREATE UNIQUE INDEX "events_remindersent_key_key" ON "events_remindersent"("key");

-- CreateIndex
CREATE INDEX "events_event_status_idx" ON "events_event"("status");

-- AddForeignKey
ALTER TABLE "events_occurrence" ADD CONSTRAINT "events_occurrence_event_id_fkey" FOREIGN KEY ("event_id") REFERENCES "events_event"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Hand-written: the moderation states, and an occurrence never ends before it starts.
ALTER TABLE "events_event" ADD CONSTRAINT "events_event_status_check" CHECK ("status" IN ('published', 'pending', 'rejected'));
ALTER TABLE "events_occurrence" ADD CONSTRAINT "events_occurrence_end_check" CHECK ("end" >= "start");
