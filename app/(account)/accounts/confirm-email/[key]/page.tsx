import type { Metadata } from "next";
import { ConfirmEmailForm } from "@/components/users/token-forms";

export const metadata: Metadata = { title: "Confirm your email address", robots: { index: false } };

export default async function ConfirmEmailPage({ params }: { params: Promise<{ key: string }> }) {
  const { key } = await params;
  return (
    <div className="space-y-4">
      <h1 className="text-3xl font-bold">Confirm your email address</h1>
      <ConfirmEmailForm token={key} />
    </div>
  );
}
