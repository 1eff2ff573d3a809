import type { Metadata } from "next";
import { ConfirmEmailChangeForm } from "@/components/users/settings-forms";

export const metadata: Metadata = { title: "Confirm your new email address", robots: { index: false } };

export default async function ConfirmEmailChangePage({ params }: { params: Promise<{ key: string }> }) {
  const { key } = await params;
  return (
    <div className="space-y-4">
      <h1 className="text-3xl font-bold">Confirm your new email address</h1>
      <ConfirmEmailChangeForm token={key} />
    </div>
  );
}
