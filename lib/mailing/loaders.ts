import "server-only";
import { forbidden, redirect } from "next/navigation";
import { getSessionPrincipal } from "@/lib/auth";
import { canReadOutbox } from "@/lib/users/permissions";
import { listOutbox } from "./data";

/** Staff only: the stored outbox (mail kept when no SMTP server is configured). */
export async function loadOutbox(page: number) {
  const principal = await getSessionPrincipal();
  if (!principal) redirect("/accounts/login/?callbackUrl=/admin/mail/");
  if (!canReadOutbox(principal)) forbidden();
  return listOutbox({ page, perPage: 25 });
}
