-- CreateTable
CREATE TABLE "events_digestsubscription" (
    "id" SERIAL NOT NULL,
    "user_id" INTEGER NOT NULL,
    "created" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "events_digestsubscription_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "events_digestsubscription_user_id_key" ON "events_digestsubscription"("user_id");

-- AddForeignKey
ALTER TABLE "events_digestsubscription" ADD CONSTRAINT "events_digestsubscription_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users_user"("id") ON DELETE CASCADE ON UPDATE CASCADE;
