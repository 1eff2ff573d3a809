/** PSF Board and Packaging Council elections (apps/nominations, §1.15, §2.13). */
export const nominationsTags = { nominations: "nominations" } as const;

export type NominationFormKind = "board" | "packaging_council";

/** ElectionKind.previous_service_label. */
export const PREVIOUS_SERVICE_LABEL: Record<NominationFormKind, string> = {
  board: "Previous Board Service",
  packaging_council: "Previous Packaging Council Service",
};

/** The earliest selectable service year per form (forms.py PREVIOUS_SERVICE_FIRST_YEAR). */
export const PREVIOUS_SERVICE_FIRST_YEAR: Record<NominationFormKind, number> = {
  board: 2001,
  packaging_council: 2025,
};

/** What "no previous service" is stored as (forms.py NEW_MEMBER_LABEL). */
export const NEW_MEMBER_LABEL: Record<NominationFormKind, string> = {
  board: "New board member",
  packaging_council: "New Packaging Council member",
};

/** Acknowledgments each form shows for a self-nomination, and which are required. */
export const ACKNOWLEDGMENTS: Record<
  NominationFormKind,
  { shown: readonly Ack[]; required: readonly Ack[] }
> = {
  board: { shown: ["cocAcknowledged", "missionAlignment"], required: ["cocAcknowledged"] },
  packaging_council: {
    shown: ["cocAcknowledged", "eligibilityConfirmed"],
    required: ["cocAcknowledged", "eligibilityConfirmed"],
  },
};
export type Ack = "cocAcknowledged" | "missionAlignment" | "eligibilityConfirmed";

export const ACK_LABELS: Record<Ack, string> = {
  cocAcknowledged:
    "I agree to follow the PSF Code of Conduct, and the guidelines of each platform I use, in my statement and everywhere I take part during this election cycle.",
  missionAlignment:
    "I believe my nomination and the positions I stand for are aligned with the current mission and bylaws of the PSF.",
  eligibilityConfirmed:
    "I confirm that I am a PSF voting member, not PSF staff, and not serving on the Python Steering Council.",
};

export const MESSAGES = {
  cocRequired: "You must agree to the Code of Conduct acknowledgment to submit a self-nomination.",
  eligibilityRequired: "Confirm your eligibility to submit a self-nomination.",
  yearsRequired: "Select the year(s) served.",
  previousRequired: "Say whether the nominee has served before.",
  badYear: "Select a valid year.",
  needName: "You must set your first and last name in your user profile to self nominate.",
  signIn: "Please login to make a nomination.",
  notEditable: "You may not edit this nomination.",
  notAcceptable: "Only the nominee may accept, and only while nominations are open.",
} as const;

export const DEFAULT_ACCENT = "#0073b7";
