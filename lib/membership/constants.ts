/** PSF membership (apps/users Membership, §1.16, §2.11). */
export const membershipTags = { membership: "membership" } as const;

/** Membership.membership_type choices (3 is unused, as in Django). */
export const MEMBERSHIP_TYPES: Record<number, string> = {
  0: "Basic",
  1: "Supporting",
  2: "Sponsor",
  4: "Contributing",
  5: "Fellow",
};
export const BASIC = 0;

/** A voting member re-affirms after this many days (Membership.needs_vote_affirmation). */
export const VOTE_AFFIRMATION_DAYS = 366;

/** settings.MAILING_LIST_PSF_MEMBERS: joining with announcements on mails "subscribe" here. */
export const ANNOUNCE_LIST = "psf-members-announce-request@python.org";
export const ANNOUNCE_SUBJECT = "PSF Members Announce Signup from python.org";

export const COC_REQUIRED = "Agreeing to the code of conduct is required.";
