import type { Metadata } from "next";
import Link from "next/link";
import { ModelForm } from "@/components/admin/model-form";
import { saveProgramAction } from "@/lib/sponsors/admin/catalog/actions";
import { programFields } from "@/lib/sponsors/admin/catalog/constants";
import { loadAdminProgram } from "@/lib/sponsors/admin/catalog/loaders";

export const metadata: Metadata = { title: "Sponsorship program · Admin", robots: { index: false } };

type Props = { params: Promise<{ programId: string }> };

export default async function AdminSponsorshipProgramPage({ params }: Props) {
  const program = (await loadAdminProgram((await params).programId))!;
  return (
    <div className="space-y-4">
      <Link className="link" href="/admin/sponsors/programs/">
        All programs
      </Link>
      <h1 className="text-3xl font-bold">{program.name}</h1>
      <ModelForm
        action={saveProgramAction}
        fields={programFields}
        initial={program}
        hidden={{ id: program.id }}
        submitLabel="Save"
        label={`Edit the program ${program.name}`}
      />
      <Link className="link" href={`/admin/sponsors/benefits/?program=${program.id}`}>
        This program&apos;s benefits
      </Link>
    </div>
  );
}
