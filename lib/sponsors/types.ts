export type SponsorLogo = {
  name: string;
  url: string | null;
  logo: string | null;
  packageName: string | null;
};

export type SponsorshipStatusName = "applied" | "rejected" | "approved" | "finalized";

/** What the application rules need to know about a benefit of the year. */
export type BenefitRule = {
  id: number;
  packageIds: number[];
  packageOnly: boolean;
  standalone: boolean;
  unavailable: boolean;
  /** Capacity left (the configured capacity less the sponsorships holding it), or null: unlimited. */
  remainingCapacity: number | null;
  softCapacity: boolean;
  conflicts: number[];
};

export type PackageRule = { id: number; allowALaCarte: boolean };

/** Step 1's answer: package benefits picked under the programs, à la carte and standalone ones. */
export type BenefitSelection = {
  packageId: number | null;
  benefits: number[];
  aLaCarte: number[];
  standalone: number[];
};

export type DisplayedSponsor = {
  name: string;
  slug: string;
  year: number | null;
  url: string | null;
  logo: string | null;
  /** The width §5.7's ideal_size gives the logo in its package's grid (px). */
  width: number;
};

export type SponsorGroup = { slug: string; label: string; dimension: number; sponsors: DisplayedSponsor[] };

/** What the application's step 1 form gets from the page: plain data, no Maps. */
export type ApplicationView = {
  packages: { id: number; name: string; sponsorshipAmount: number; allowALaCarte: boolean }[];
  programs: { id: number; name: string; field: string }[];
  benefits: {
    id: number;
    name: string;
    description: string;
    programId: number;
    new: boolean;
    tiers: { packageId: number | null; quantity: number | null; displayLabel: string | null }[];
    rule: BenefitRule;
  }[];
};
