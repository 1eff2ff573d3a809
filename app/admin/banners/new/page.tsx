import type { Metadata } from "next";
import { ModelForm } from "@/components/admin/model-form";
import { saveBannerAction } from "@/lib/banners/admin/actions";
import { bannerFields } from "@/lib/banners/admin/constants";
import { loadAdminBannerForm } from "@/lib/banners/admin/loaders";

export const metadata: Metadata = { title: "Add a banner · Admin", robots: { index: false } };

export default async function AdminNewBannerPage() {
  await loadAdminBannerForm();
  return (
    <div className="space-y-4">
      <h1 className="text-3xl font-bold">Add a banner</h1>
      <ModelForm
        action={saveBannerAction}
        fields={bannerFields}
        initial={{ title: "", message: "", link: "", active: false, psfPagesOnly: true }}
        submitLabel="Add"
        label="Add a banner"
      />
    </div>
  );
}
