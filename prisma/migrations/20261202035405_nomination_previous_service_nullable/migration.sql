-- AlterTable
ALTER TABLE "nominations_nomination" ALTER COLUMN "previous_board_service" DROP NOT NULL,
ALTER COLUMN "previous_board_service" DROP DEFAULT;
