import { JobMenus } from "@/components/jobs/job-menus";
import { loadJobMenus } from "@/lib/jobs/loaders";

/** The job board's two columns: the page, and the menus of templates/jobs/base.html beside it. */
export default async function JobsLayout({ children }: { children: React.ReactNode }) {
  return (
    <div className="mx-auto grid max-w-6xl gap-8 px-4 py-6 md:grid-cols-[1fr_16rem]">
      <div className="min-w-0">{children}</div>
      <aside>
        <JobMenus menus={await loadJobMenus()} />
      </aside>
    </div>
  );
}
