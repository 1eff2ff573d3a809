/**
 * A sponsor and a sponsorship of the test's own, built from this year's seeded package of that
 * name (its benefits, their logo placements and tiers), never copied from a seeded sponsorship
 * that other specs change while this one runs. Names carry the worker and the time, so parallel
 * workers and reruns never share rows.
 */
import { test } from "@playwright/test";
import { withDb } from "./db";

export type TestSponsorship = {
  sponsorId: number;
  sponsorshipId: number;
  name: string;
  slug: string;
  year: number;
};

/** "<prefix> w<worker> <time>": unique per worker and run. Pick a prefix that sorts after "Example Cloud Ltd". */
export function uniqueSponsorName(prefix: string): string {
  return `${prefix} w${test.info().parallelIndex} ${Date.now().toString(36)}`;
}

export async function createSponsorship(opts: {
  name: string;
  /** A seeded package of the current year: "Visionary", "Maintaining", ... */
  packageName: string;
  status: "applied" | "finalized";
  /** A seeded user made the sponsor's primary contact (and the submitter). */
  contactUsername?: string;
  /** A seeded sponsor whose stored logo file this sponsor shows (read only). */
  logoOf?: string;
}): Promise<TestSponsorship> {
  const year = new Date().getUTCFullYear();
  const slug = opts.name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
  const host = `${slug}.example.org`;
  return withDb(async (c) => {
    await c.query("BEGIN");
    try {
      const pkg = (
        await c.query<{ id: number; sponsorship_amount: number }>(
          "SELECT id, sponsorship_amount FROM sponsors_sponsorshippackage WHERE name = $1 AND year = $2",
          [opts.packageName, year],
        )
      ).rows[0];
      if (!pkg) throw new Error(`No seeded ${opts.packageName} package for ${year}`);
      const user = opts.contactUsername
        ? (
            await c.query<{ id: number }>("SELECT id FROM users_user WHERE username = $1", [
              opts.contactUsername,
            ])
          ).rows[0]?.id
        : null;
      const sponsorId = (
        await c.query<{ id: number }>(
          `INSERT INTO sponsors_sponsor (name, description, landing_page_url, web_logo, primary_phone,
             mailing_address_line_1, city, state, postal_code, country, state_of_incorporation, created, updated)
           SELECT $1, $2, $3, web_logo, '+1 555 0199', '1 Main St', 'Portland', 'OR', '97201', 'US', 'Delaware', now(), now()
           FROM sponsors_sponsor WHERE name = $4 ORDER BY id LIMIT 1 RETURNING id`,
          [
            opts.name,
            `${opts.name} runs its services on Python.`,
            `https://${host}/`,
            opts.logoOf ?? "Example Cloud Ltd",
          ],
        )
      ).rows[0]!.id;
      await c.query(
        `INSERT INTO sponsors_sponsorcontact (sponsor_id, user_id, "primary", administrative, accounting, manager, name, email, phone)
         VALUES ($1, $2, true, false, false, true, 'Flo Contact', $3, '+1 555 0199'),
                ($1, NULL, false, false, true, false, 'Ash Ledger', $4, '+1 555 0198')`,
        [sponsorId, user ?? null, `flo@${host}`, `accounts@${host}`],
      );
      const finalized = opts.status === "finalized";
      const sponsorshipId = (
        await c.query<{ id: number }>(
          `INSERT INTO sponsors_sponsorship (sponsor_id, submited_by_id, status, locked, applied_on, year,
             for_modified_package, level_name, package_id, sponsorship_fee, start_date, end_date, approved_on, finalized_on)
           VALUES ($1, $2, $3, $4, CURRENT_DATE, $5, false, $6, $7, $8, $9, $10, $11, $11) RETURNING id`,
          [
            sponsorId,
            user ?? null,
            opts.status,
            finalized,
            year,
            opts.packageName,
            pkg.id,
            pkg.sponsorship_amount,
            finalized ? `${year}-01-01` : null,
            finalized ? `${year}-12-31` : null,
            finalized ? new Date().toISOString().slice(0, 10) : null,
          ],
        )
      ).rows[0]!.id;
      // The package's benefits as SponsorBenefits, with the features that place the logo and name
      // the tier (the asset features need uploads this helper does not make).
      const benefits = await c.query<{ id: number; benefit: number }>(
        `INSERT INTO sponsors_sponsorbenefit ("order", sponsorship_id, sponsorship_benefit_id, program_name, name,
           description, program_id, benefit_internal_value, added_by_user, standalone)
         SELECT b."order", $1, b.id, p.name, b.name, b.description, b.program_id, b.internal_value, false, b.standalone
         FROM sponsors_sponsorshipbenefit b
         JOIN sponsors_sponsorshipprogram p ON p.id = b.program_id
         JOIN sponsors_sponsorshipbenefit_packages bp ON bp.sponsorshipbenefit_id = b.id
         WHERE bp.sponsorshippackage_id = $2 ORDER BY b."order", b.id
         RETURNING id, sponsorship_benefit_id AS benefit`,
        [sponsorshipId, pkg.id],
      );
      for (const b of benefits.rows)
        await c.query(
          `INSERT INTO sponsors_benefitfeature (kind, sponsor_benefit_id, publisher, logo_place, link_to_sponsors_page,
             describe_as_sponsor, package_id, quantity, display_label)
           SELECT kind, $1, publisher, logo_place, link_to_sponsors_page, describe_as_sponsor, package_id, quantity, display_label
           FROM sponsors_benefitfeatureconfiguration
           WHERE benefit_id = $2 AND (kind = 'logo_placement' OR (kind = 'tiered_benefit' AND package_id = $3))
           ORDER BY id`,
          [b.id, b.benefit, pkg.id],
        );
      if (finalized)
        await c.query("INSERT INTO sponsors_contract (sponsorship_id, status) VALUES ($1, 'executed')", [
          sponsorshipId,
        ]);
      await c.query("COMMIT");
      return { sponsorId, sponsorshipId, name: opts.name, slug, year };
    } catch (error) {
      await c.query("ROLLBACK");
      throw error;
    }
  });
}

/** Removes what createSponsorship made; benefits, features, contacts and assets go with it (cascades). */
export async function deleteSponsor(sponsorId: number): Promise<void> {
  await withDb(async (c) => {
    await c.query("BEGIN");
    await c.query(
      "DELETE FROM sponsors_contract t USING sponsors_sponsorship s WHERE t.sponsorship_id = s.id AND s.sponsor_id = $1",
      [sponsorId],
    );
    await c.query("DELETE FROM sponsors_sponsorship WHERE sponsor_id = $1", [sponsorId]);
    await c.query("DELETE FROM sponsors_sponsor WHERE id = $1", [sponsorId]);
    await c.query("COMMIT");
  });
}
