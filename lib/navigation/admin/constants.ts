/** The menus admin (django-sitetree's tree editor): staff and navigation.edit (Content Editor). */
import type { AdminSection, FieldSpec } from "@/lib/admin/types";
import { canEditNavigation } from "@/lib/navigation/permissions";

export const navigationSection: AdminSection = {
  href: "/admin/navigation/",
  label: "Menus",
  allowed: canEditNavigation,
};

export const navigationAdmin: AdminSection[] = [navigationSection];

/** The item form; the parent choices are the tree's items, indented by depth ("" = a root). */
export function menuItemFields(parents: readonly { value: string; label: string }[]): FieldSpec[] {
  return [
    {
      name: "parentId",
      label: "Parent",
      kind: "select",
      options: [{ value: "", label: "(top level)" }, ...parents],
      help: "Choosing another parent moves the item, with everything below it, to the end of that parent's items.",
    },
    { name: "title", label: "Title" },
    { name: "url", label: "URL", help: "A path on this site (/about/apps/) or an http(s) URL." },
    { name: "hint", label: "Hint", help: "Shown as the link's tooltip. Optional." },
    {
      name: "alias",
      label: "Alias",
      help: "A name templates use for the item (python-meta). Optional, unique.",
    },
    { name: "hidden", label: "Hidden", kind: "checkbox", help: "Hidden items show in no menu." },
    { name: "inMenu", label: "In menus", kind: "checkbox" },
    { name: "inBreadcrumbs", label: "In breadcrumbs", kind: "checkbox" },
  ];
}
