"use client";

import Link from "next/link";
import { useEffect, useState } from "react";
import { fetchMe, meHas } from "@/components/users/me";

/**
 * "Edit this page" for whoever may edit pages (apps/pages: staff see it). The page itself stays
 * cached for everyone; the link appears once /api/session answers in the browser.
 */
export function EditPageLink({ pageId }: { pageId: number }) {
  const [canEdit, setCanEdit] = useState(false);
  useEffect(() => {
    let alive = true;
    void fetchMe().then((me) => alive && setCanEdit(meHas(me, "pages.edit")));
    return () => {
      alive = false;
    };
  }, []);
  if (!canEdit) return null;
  return (
    <Link href={`/admin/pages/${pageId}/`} className="btn btn-sm btn-outline" data-testid="edit-page">
      Edit this page
    </Link>
  );
}
