import type { Metadata } from "next";
import Link from "next/link";
import { MenuTree } from "@/components/navigation/admin/menu-tree";
import { loadAdminMenuTree } from "@/lib/navigation/admin/loaders";

export const metadata: Metadata = { title: "Menus · Admin", robots: { index: false } };

export default async function AdminNavigationPage() {
  const nodes = await loadAdminMenuTree();
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center gap-4">
        <h1 className="text-3xl font-bold">Menus</h1>
        <Link className="btn btn-sm btn-primary" href="/admin/navigation/new/">
          Add a menu item
        </Link>
      </div>
      <p className="max-w-prose text-sm">
        The header, footer, breadcrumbs and section sidebars come from this tree: Python&apos;s sections sit
        under python-meta, the PSF&apos;s under psf-meta. Deleting an item deletes everything below it.
      </p>
      <MenuTree nodes={nodes} />
    </div>
  );
}
