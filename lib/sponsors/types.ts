export type SponsorLogo = {
  name: string;
  url: string | null;
  logo: string | null;
  packageName: string | null;
};
