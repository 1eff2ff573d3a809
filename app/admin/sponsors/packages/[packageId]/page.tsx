import type { Metadata } from "next";
import Link from "next/link";
import { ModelForm } from "@/components/admin/model-form";
import { savePackageAction } from "@/lib/sponsors/admin/catalog/actions";
import { packageFields } from "@/lib/sponsors/admin/catalog/constants";
import { loadAdminPackage } from "@/lib/sponsors/admin/catalog/loaders";

export const metadata: Metadata = { title: "Sponsorship package · Admin", robots: { index: false } };

type Props = { params: Promise<{ packageId: string }> };

export default async function AdminSponsorshipPackagePage({ params }: Props) {
  const pkg = (await loadAdminPackage((await params).packageId))!;
  return (
    <div className="space-y-4">
      <Link className="link" href="/admin/sponsors/packages/">
        All packages
      </Link>
      <h1 className="text-3xl font-bold">
        {pkg.name} {pkg.year ? `(${pkg.year})` : ""}
      </h1>
      <ModelForm
        action={savePackageAction}
        fields={packageFields}
        initial={{ ...pkg, year: pkg.year === null ? "" : String(pkg.year) }}
        hidden={{ id: pkg.id }}
        submitLabel="Save"
        label={`Edit the package ${pkg.name}`}
      />
      <Link className="link" href={`/admin/sponsors/benefits/?package=${pkg.id}`}>
        This package&apos;s benefits
      </Link>
    </div>
  );
}
