import "server-only";
import { notFound, redirect } from "next/navigation";
import { storage } from "@/lib/platform/storage";
import { getSessionPrincipal } from "@/lib/users/session/services";
import { getEditableSponsor, listContactSponsorsOf } from "./data";

const signIn = (returnTo: string): never =>
  redirect(`/accounts/login/?callbackUrl=${encodeURIComponent(returnTo)}`);

/** /users/sponsorships/sponsor/<pk>/: a sponsor of the person's sponsorships (superusers any), else 404. */
export async function loadEditableSponsor(raw: string) {
  const principal = (await getSessionPrincipal()) ?? signIn(`/users/sponsorships/sponsor/${raw}/`);
  const id = /^\d{1,9}$/.test(raw) ? Number(raw) : null;
  const sponsor = id === null ? null : await getEditableSponsor(id, principal);
  if (!sponsor) notFound();
  const url = (key: string) => (key ? storage().url(key) : "");
  return {
    sponsor,
    logoUrls: {
      webLogo: url(sponsor.webLogo),
      whiteLogo: url(sponsor.whiteLogo),
      printLogo: url(sponsor.printLogo),
    },
  };
}

/**
 * edit_sponsor_info_implicit: one sponsor where the person is a contact goes straight to its edit
 * page; none or several are listed (python.org says so in a message).
 */
export async function loadImplicitSponsorEdit() {
  const principal = (await getSessionPrincipal()) ?? signIn("/users/sponsorships/sponsor/edit/");
  const sponsors = await listContactSponsorsOf(principal.userId);
  if (sponsors.length === 1) redirect(`/users/sponsorships/sponsor/${sponsors[0]!.id}/`);
  return sponsors;
}
