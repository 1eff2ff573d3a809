import { connection } from "next/server";

/**
 * Account and profile pages are rendered per request: they carry a per-request CSP nonce
 * (proxy.ts), which a prerendered page could not.
 */
export default async function AccountLayout({ children }: { children: React.ReactNode }) {
  await connection();
  return children;
}
