export type OwnMembership = {
  id: number;
  membershipType: number;
  legalName: string;
  preferredName: string;
  emailAddress: string;
  city: string;
  region: string;
  country: string;
  postalCode: string;
  psfCodeOfConduct: boolean | null;
  psfAnnouncements: boolean | null;
  votes: boolean;
  lastVoteAffirmation: Date | null;
  created: Date;
};

/** What staff set on a membership in the admin. */
export type MemberAdminInput = {
  membershipType: number;
  votes: boolean;
  legalName: string;
  preferredName: string;
  emailAddress: string;
  city: string;
  region: string;
  country: string;
  postalCode: string;
};
