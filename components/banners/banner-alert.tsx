import type { ActiveBanner } from "@/lib/banners/types";

/** The site-wide notice on the home page (apps/banners templatetags: render_active_banner). */
export function BannerAlert({ banner }: { banner: ActiveBanner }) {
  return (
    <div role="status" className="alert alert-info">
      <span>{banner.message}</span>
      <a href={banner.link} className="btn btn-sm">
        {banner.title}
      </a>
    </div>
  );
}
