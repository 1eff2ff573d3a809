import "server-only";
import { db } from "@/lib/platform/db";
import { env } from "@/lib/platform/env";
import { log } from "@/lib/platform/log";
import { sendMail } from "@/lib/platform/mail";
import { PSF_SPONSORS_EMAIL, STANDALONE_ONLY_SLUG } from "@/lib/sponsors/constants";
import { createSponsorship } from "@/lib/sponsors/sponsorship/mutations";
import { listApplicationRecipients } from "./data";
import type { ContactInput, NewSponsorInput } from "./schema";

/** forms.py get_package: a standalone-only application gets the year's "Standalone Only" package. */
export async function getStandaloneOnlyPackage(year: number): Promise<number> {
  const row = await db.sponsorshipPackage.upsert({
    where: { slug_year: { slug: STANDALONE_ONLY_SLUG, year } },
    update: {},
    create: { slug: STANDALONE_ONLY_SLUG, year, name: "Standalone Only", sponsorshipAmount: 0 },
    select: { id: true },
  });
  return row.id;
}

export type CreateApplicationInput = {
  user: { id: number; email: string };
  /** An existing sponsor the user is a contact of, or a new one with its stored logo keys. */
  sponsor: { id: number } | (NewSponsorInput & { webLogo: string; whiteLogo: string; printLogo: string });
  contacts: ContactInput[];
  packageId: number | null;
  benefitIds: number[];
  year: number;
};

/**
 * CreateSponsorshipApplicationUseCase (§5.4 step 4, §5.5 row 1): the sponsor (new one with its
 * contacts, a contact with the user's address linked to the user), Sponsorship.new, then the
 * two mails. Returns the sponsorship and who was told.
 */
export async function createApplication(input: CreateApplicationInput) {
  const { sponsorship, sponsorName } = await db.$transaction(
    async (tx) => {
      let sponsorId: number;
      if ("id" in input.sponsor) sponsorId = input.sponsor.id;
      else {
        const created = await tx.sponsor.create({
          data: { ...input.sponsor, creatorId: input.user.id },
          select: { id: true },
        });
        sponsorId = created.id;
      }
      await tx.sponsorContact.createMany({
        data: input.contacts.map((c) => ({
          ...c,
          sponsorId,
          userId: c.email.toLowerCase() === input.user.email.toLowerCase() ? input.user.id : null,
        })),
      });
      const sponsorship = await createSponsorship(
        {
          sponsorId,
          packageId: input.packageId,
          benefitIds: input.benefitIds,
          submittedById: input.user.id,
          year: input.year,
        },
        tx,
      );
      const s = await tx.sponsor.findUniqueOrThrow({ where: { id: sponsorId }, select: { name: true } });
      return { sponsorship, sponsorName: s.name };
    },
    { timeout: 30_000 },
  );
  const notified = await notifyApplication(sponsorship.id, sponsorName, input.user.email);
  return { sponsorshipId: sponsorship.id, sponsorName, notified };
}

async function notifyApplication(sponsorshipId: number, sponsorName: string, submitterEmail: string) {
  const sp = await db.sponsorship.findUniqueOrThrow({
    where: { id: sponsorshipId },
    select: {
      forModifiedPackage: true,
      sponsorshipFee: true,
      package: { select: { name: true } },
      benefits: {
        orderBy: [{ programName: "asc" }, { order: "asc" }],
        select: { programName: true, name: true, addedByUser: true },
      },
      sponsor: {
        select: {
          contacts: { select: { email: true, user: { select: { email: true, emailVerified: true } } } },
        },
      },
    },
  });
  const recipients = await listApplicationRecipients(sponsorshipId, submitterEmail);
  const admin = `${env.SITE_URL.replace(/\/$/, "")}/admin/sponsors/sponsorships/${sponsorshipId}/`;
  const summary = [
    `Sponsor: ${sponsorName}`,
    `Package: ${sp.package?.name ?? "None (à la carte)"}`,
    sp.forModifiedPackage
      ? "Fee: to be agreed with the PSF (customised package)"
      : `Fee: $${(sp.sponsorshipFee ?? 0).toLocaleString("en-US")}`,
    "",
    "Benefits:",
    ...sp.benefits.map((b) => `- ${b.programName} - ${b.name}${b.addedByUser ? " (added)" : ""}`),
  ].join("\n");
  const psf = {
    to: PSF_SPONSORS_EMAIL,
    subject: `New sponsorship application from ${sponsorName}`,
    text: `${sponsorName} applied to sponsor the PSF.\n\n${summary}\n\nReview it in the admin: ${admin}\n`,
  };
  const sponsor = {
    to: recipients,
    subject: "Thank you for applying to sponsor the Python Software Foundation",
    text: [
      `Thank you for applying to sponsor the Python Software Foundation on behalf of ${sponsorName}.`,
      sp.forModifiedPackage
        ? "You customised the package, so the PSF sponsorship team will contact you to agree the benefits and the fee."
        : "The PSF sponsorship team will review your application and contact you about the agreement.",
      "",
      summary,
      "",
      `You can follow the application at ${env.SITE_URL.replace(/\/$/, "")}/users/sponsorships/${sponsorshipId}/`,
      "Questions? Write to sponsors@python.org.",
    ].join("\n"),
  };
  for (const m of [psf, sponsor])
    await sendMail(m).catch((err: unknown) =>
      log.error({ err, sponsorshipId }, "sponsorship application mail failed"),
    );
  return recipients;
}
