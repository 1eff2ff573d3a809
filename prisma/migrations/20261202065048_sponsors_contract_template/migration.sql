-- CreateTable
CREATE TABLE "sponsors_contracttemplate" (
    "id" SERIAL NOT NULL,
    "name" VARCHAR(64) NOT NULL,
    "content" TEXT NOT NULL,
    "updated_at" TIMESTAMPTZ(6) NOT NULL,
    "updated_by_id" INTEGER,

    CONSTRAINT "sponsors_contracttemplate_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "sponsors_contracttemplate_name_key" ON "sponsors_contracttemplate"("name");
