-- AlterTable
ALTER TABLE "users_membership" ADD COLUMN     "vote_reminder_sent_at" TIMESTAMPTZ(6);
