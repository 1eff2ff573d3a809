import type { Metadata } from "next";
import Link from "next/link";
import { ModelForm } from "@/components/admin/model-form";
import { RowAction } from "@/components/admin/row-action";
import { SyncFeedsButton } from "@/components/blogs/sync-button";
import { DateTime } from "@/components/ui/date-time";
import { addFeedAction, deleteFeedAction, syncFeedsAction } from "@/lib/blogs/admin/actions";
import { feedFields } from "@/lib/blogs/admin/constants";
import { loadAdminFeeds } from "@/lib/blogs/admin/loaders";

export const metadata: Metadata = { title: "Blog feeds · Admin", robots: { index: false } };

/** FeedAdmin: the feeds with what their last import did, "sync now" and a form to add one. */
export default async function AdminBlogsPage() {
  const feeds = await loadAdminFeeds();
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold">Blog feeds</h1>
      <p>
        Feeds are read every 15 minutes by <code>blogs-update-blogs</code> (with Inngest, or from a system
        cron without it). A feed that fails is skipped and its error shown here; past runs are in{" "}
        <Link className="link" href="/admin/runs/">
          background runs
        </Link>
        .
      </p>
      <SyncFeedsButton action={syncFeedsAction} />
      <div className="overflow-x-auto">
        <table className="table">
          <caption className="sr-only">Blog feeds</caption>
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Feed URL</th>
              <th scope="col">Entries</th>
              <th scope="col">Last import</th>
              <th scope="col">Last error</th>
              <th scope="col">Delete</th>
            </tr>
          </thead>
          <tbody>
            {feeds.map((f) => (
              <tr key={f.id}>
                <td>
                  <a className="link" href={f.websiteUrl}>
                    {f.name}
                  </a>
                </td>
                <td className="break-all">{f.feedUrl}</td>
                <td>{f.entries}</td>
                <td>{f.lastImport ? <DateTime value={f.lastImport} withTime /> : "never"}</td>
                <td className="max-w-md break-words">
                  {f.lastError ? (
                    <>
                      {f.lastErrorAt && <DateTime value={f.lastErrorAt} withTime />} {f.lastError}
                    </>
                  ) : (
                    "none"
                  )}
                </td>
                <td>
                  <RowAction
                    action={deleteFeedAction}
                    hidden={{ id: f.id }}
                    label="Delete"
                    srLabel={f.name}
                    confirm={`Delete the feed "${f.name}" and its entries?`}
                    className="btn btn-xs btn-error"
                  />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <ModelForm
        action={addFeedAction}
        fields={feedFields}
        initial={{ name: "", websiteUrl: "", feedUrl: "" }}
        submitLabel="Add feed"
        title="Add a feed"
        label="Add a feed"
      />
    </div>
  );
}
