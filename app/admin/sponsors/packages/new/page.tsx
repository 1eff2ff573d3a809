import type { Metadata } from "next";
import { ModelForm } from "@/components/admin/model-form";
import { savePackageAction } from "@/lib/sponsors/admin/catalog/actions";
import { packageFields } from "@/lib/sponsors/admin/catalog/constants";
import { loadAdminPackage } from "@/lib/sponsors/admin/catalog/loaders";

export const metadata: Metadata = { title: "Add a sponsorship package · Admin", robots: { index: false } };

export default async function AdminNewSponsorshipPackagePage() {
  await loadAdminPackage();
  return (
    <div className="space-y-4">
      <h1 className="text-3xl font-bold">Add a sponsorship package</h1>
      <ModelForm
        action={savePackageAction}
        fields={packageFields}
        initial={{
          name: "",
          slug: "",
          sponsorshipAmount: "",
          year: "",
          advertise: false,
          logoDimension: 175,
          allowALaCarte: true,
          order: 0,
        }}
        submitLabel="Add"
        label="Add a sponsorship package"
      />
    </div>
  );
}
