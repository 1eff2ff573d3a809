import type { Metadata } from "next";
import Link from "next/link";
import { ModelForm } from "@/components/admin/model-form";
import { saveMenuItemAction } from "@/lib/navigation/admin/actions";
import { menuItemFields } from "@/lib/navigation/admin/constants";
import { loadAdminMenuItemForm } from "@/lib/navigation/admin/loaders";

export const metadata: Metadata = { title: "Add a menu item · Admin", robots: { index: false } };

type Props = { searchParams: Promise<{ parent?: string | string[] }> };

export default async function AdminNewMenuItemPage({ searchParams }: Props) {
  const { parent } = await searchParams;
  const { parents, parentId } = await loadAdminMenuItemForm(typeof parent === "string" ? parent : undefined);
  return (
    <div className="space-y-4">
      <Link className="link" href="/admin/navigation/">
        All menus
      </Link>
      <h1 className="text-3xl font-bold">Add a menu item</h1>
      <ModelForm
        action={saveMenuItemAction}
        fields={menuItemFields(parents)}
        initial={{
          parentId: parentId === null ? "" : String(parentId),
          title: "",
          url: "",
          hint: "",
          alias: "",
          hidden: false,
          inMenu: true,
          inBreadcrumbs: true,
        }}
        submitLabel="Add"
        label="Add a menu item"
      />
    </div>
  );
}
