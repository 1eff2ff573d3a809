/** Cache tag of the feature flags (django-waffle Flag): a flag edit re-renders the pages it gates. */
export const flagsTags = { flags: "flags" } as const;

/** The flags the site reads (fixtures/flags.json). */
export const FLAGS = {
  psfMembership: "psf_membership",
  sponsorshipApplicationsOpen: "sponsorship-applications-open",
} as const;
