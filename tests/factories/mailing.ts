/** Demo mail templates (apps/mailing): a job-board notice and a sponsor reminder. */
import type { PrismaClient } from "@/lib/generated/prisma/client";

export async function seedMailing(db: PrismaClient) {
  const templates = [
    {
      internalName: "job-approved",
      subject: "Python Job Board: Job entry approved",
      content: "Hello,\n\nYour job posting {{ job_title }} is now live on the Python Job Board.\n",
    },
    {
      internalName: "sponsor-renewal-reminder",
      kind: "sponsor_notification",
      subject: "Your PSF sponsorship renews soon",
      content:
        "Dear {{ sponsor_name }},\n\nYour {{ sponsorship_level }} sponsorship ends on {{ sponsorship_end_date }}.\n",
    },
  ];
  for (const t of templates)
    await db.emailTemplate.upsert({ where: { internalName: t.internalName }, update: {}, create: t });
}
