import type { Metadata } from "next";
import Link from "next/link";
import { ModelForm } from "@/components/admin/model-form";
import { saveMenuItemAction } from "@/lib/navigation/admin/actions";
import { menuItemFields } from "@/lib/navigation/admin/constants";
import { loadAdminMenuItem } from "@/lib/navigation/admin/loaders";

export const metadata: Metadata = { title: "Menu item · Admin", robots: { index: false } };

type Props = { params: Promise<{ id: string }> };

export default async function AdminMenuItemPage({ params }: Props) {
  const { item, parents, below } = await loadAdminMenuItem((await params).id);
  return (
    <div className="space-y-4">
      <Link className="link" href="/admin/navigation/">
        All menus
      </Link>
      <h1 className="text-3xl font-bold">{item.title}</h1>
      {below > 0 && (
        <p className="text-sm">
          {below} item{below === 1 ? "" : "s"} hang below this one and move with it.
        </p>
      )}
      <ModelForm
        action={saveMenuItemAction}
        fields={menuItemFields(parents)}
        initial={{
          parentId: item.parentId === null ? "" : String(item.parentId),
          title: item.title,
          url: item.url,
          hint: item.hint ?? "",
          alias: item.alias ?? "",
          hidden: item.hidden,
          inMenu: item.inMenu,
          inBreadcrumbs: item.inBreadcrumbs,
        }}
        hidden={{ id: item.id }}
        submitLabel="Save"
        label={`Edit the menu item ${item.title}`}
      />
    </div>
  );
}
