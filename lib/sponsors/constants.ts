/** Cache tag of the sponsors shown on the home page, /downloads/ and /psf/ (apps/sponsors). */
export const sponsorsTags = { sponsors: "sponsors" } as const;
