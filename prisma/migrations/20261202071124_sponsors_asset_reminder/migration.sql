-- AlterTable
ALTER TABLE "sponsors_benefitfeature" ADD COLUMN     "reminder_sent_on" DATE;
