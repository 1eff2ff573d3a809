import "server-only";
import { db } from "@/lib/platform/db";
import { env } from "@/lib/platform/env";
import { log } from "@/lib/platform/log";
import { sendMail } from "@/lib/platform/mail";
import { listApplicationRecipients } from "@/lib/sponsors/application/data";
import { PSF_SPONSORS_EMAIL } from "@/lib/sponsors/constants";

/**
 * RejectSponsorshipApplication's notifications (§5.5 row 2): "REJECTED SPONSORSHIP" to the PSF,
 * and to the sponsor (the submitter and the contacts whose email is verified, as for the
 * application mails). A mail that cannot be sent is logged (and retried from the mail log); the
 * rejection stands. Returns who was told.
 */
export async function notifyRejection(sponsorshipId: number): Promise<string[]> {
  const sp = await db.sponsorship.findUniqueOrThrow({
    where: { id: sponsorshipId },
    select: {
      year: true,
      levelNameOld: true,
      package: { select: { name: true } },
      sponsor: { select: { name: true } },
      submittedBy: { select: { email: true } },
    },
  });
  const name = sp.sponsor?.name ?? `Sponsorship ${sponsorshipId}`;
  const level = sp.package?.name ?? (sp.levelNameOld || "custom");
  const site = env.SITE_URL.replace(/\/$/, "");
  const recipients = sp.submittedBy
    ? await listApplicationRecipients(sponsorshipId, sp.submittedBy.email)
    : [];
  const mails = [
    {
      to: PSF_SPONSORS_EMAIL,
      subject: `REJECTED SPONSORSHIP from ${name}`,
      text: `REJECTED SPONSORSHIP\n\n${name} (${level}, ${sp.year ?? ""})\n\nIn the admin: ${site}/admin/sponsors/${sponsorshipId}/\n`,
    },
    ...(recipients.length
      ? [
          {
            to: recipients,
            subject: "REJECTED SPONSORSHIP: your application to sponsor the Python Software Foundation",
            text: [
              `The Python Software Foundation could not accept the sponsorship application of ${name} (${level}, ${sp.year ?? ""}).`,
              "",
              "Questions? Write to sponsors@python.org.",
            ].join("\n"),
          },
        ]
      : []),
  ];
  for (const m of mails)
    await sendMail(m).catch((err: unknown) =>
      log.error({ err, sponsorshipId }, "sponsorship rejection mail failed"),
    );
  return recipients;
}
