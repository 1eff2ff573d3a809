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
