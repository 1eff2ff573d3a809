-- CreateTable
CREATE TABLE "users_revokedsession" (
    "session_id" VARCHAR(64) NOT NULL,
    "user_id" INTEGER,
    "revoked_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expires_at" TIMESTAMPTZ(6) NOT NULL,

    CONSTRAINT "users_revokedsession_pkey" PRIMARY KEY ("session_id")
);

-- CreateIndex
CREATE INDEX "users_revokedsession_expires_at_idx" ON "users_revokedsession"("expires_at");
