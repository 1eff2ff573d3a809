-- CreateTable
CREATE TABLE "mailing_emailattachment" (
    "id" SERIAL NOT NULL,
    "email_id" INTEGER NOT NULL,
    "position" INTEGER NOT NULL DEFAULT 0,
    "filename" VARCHAR(255) NOT NULL,
    "content_type" VARCHAR(255) NOT NULL,
    "size" INTEGER NOT NULL,
    "storage_key" VARCHAR(500) NOT NULL,

    CONSTRAINT "mailing_emailattachment_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "mailing_emailattachment_email_id_position_key" ON "mailing_emailattachment"("email_id", "position");

-- AddForeignKey
ALTER TABLE "mailing_emailattachment" ADD CONSTRAINT "mailing_emailattachment_email_id_fkey" FOREIGN KEY ("email_id") REFERENCES "mailing_emaillog"("id") ON DELETE CASCADE ON UPDATE CASCADE;
