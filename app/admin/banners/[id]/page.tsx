import type { Metadata } from "next";
import Link from "next/link";
import { ModelForm } from "@/components/admin/model-form";
import { saveBannerAction } from "@/lib/banners/admin/actions";
import { bannerFields } from "@/lib/banners/admin/constants";
import { loadAdminBanner } from "@/lib/banners/admin/loaders";

export const metadata: Metadata = { title: "Banner · Admin", robots: { index: false } };

type Props = { params: Promise<{ id: string }> };

export default async function AdminBannerPage({ params }: Props) {
  const banner = await loadAdminBanner((await params).id);
  return (
    <div className="space-y-4">
      <Link className="link" href="/admin/banners/">
        All banners
      </Link>
      <h1 className="text-3xl font-bold">{banner.title}</h1>
      <ModelForm
        action={saveBannerAction}
        fields={bannerFields}
        initial={{
          title: banner.title,
          message: banner.message,
          link: banner.link,
          active: banner.active,
          psfPagesOnly: banner.psfPagesOnly,
        }}
        hidden={{ id: banner.id }}
        submitLabel="Save"
        label={`Edit the banner ${banner.title}`}
      />
    </div>
  );
}
