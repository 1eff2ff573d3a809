-- CreateTable
CREATE TABLE "downloads_releasecycle" (
    "series" VARCHAR(16) NOT NULL,
    "branch" VARCHAR(32) NOT NULL DEFAULT '',
    "status" VARCHAR(32) NOT NULL,
    "first_release" VARCHAR(16) NOT NULL DEFAULT '',
    "end_of_life" VARCHAR(16) NOT NULL DEFAULT '',
    "pep" INTEGER,
    "release_manager" VARCHAR(200) NOT NULL DEFAULT '',
    "fetched_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "downloads_releasecycle_pkey" PRIMARY KEY ("series")
);
