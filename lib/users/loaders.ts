import "server-only";
import { redirect } from "next/navigation";
import { getSessionPrincipal } from "@/lib/auth";
import { listApiKeys } from "./data";

/** The signed-in user's API keys; visitors are sent to sign in first. */
export async function loadMyApiKeys() {
  const principal = await getSessionPrincipal();
  if (!principal) redirect("/accounts/login/?callbackUrl=/users/api-keys/");
  return { username: principal.username, keys: await listApiKeys(principal.userId) };
}
