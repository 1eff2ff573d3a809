"use client";

import { usePathname } from "next/navigation";
import type { ReactNode } from "react";
import { isPsfPath } from "@/lib/navigation/utils";

/**
 * Shows the PSF variant on PSF pages (/psf-landing/, /psf/…) and the Python one elsewhere. The
 * root layout cannot see the path and stays cacheable; usePathname works during server
 * rendering, so the HTML is already right before any script runs.
 */
export function SiteSwitch({ python, psf }: { python: ReactNode; psf: ReactNode }) {
  const pathname = usePathname() ?? "/";
  return <>{isPsfPath(pathname) ? psf : python}</>;
}
